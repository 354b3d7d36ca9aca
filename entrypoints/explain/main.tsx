import { render } from 'preact';
import { ExplainApp } from '../../components/options/ExplainApp';

render(<ExplainApp text={new URLSearchParams(location.search).get('text') ?? ''} />, document.getElementById('app')!);
