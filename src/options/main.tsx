import { render } from 'preact';
import '../shared/ui/page.css';
import './options.css';
import { App } from './App';
import { useOptions } from './store';

render(<App />, document.getElementById('app')!);
void useOptions.getState().load();
