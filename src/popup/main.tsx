import { render } from 'preact';
import '../shared/ui/page.css';
import './popup.css';
import { App } from './App';
import { usePopup } from './store';
import { targetTabId } from './tab-id';

render(<App />, document.getElementById('app')!);
void targetTabId(location.search).then((tabId) => {
  if (tabId === null) usePopup.setState({ status: 'ready', tabId: null });
  else void usePopup.getState().load(tabId);
});
