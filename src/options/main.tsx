import { render } from 'preact';
import '../shared/ui/page.css';
import './options.css';
import { Root } from './first-run/Root';
import { useOptions } from './store';

render(<Root />, document.getElementById('app')!);
void useOptions.getState().load();
