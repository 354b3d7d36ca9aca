import { render } from 'preact';
import { ExplainApp } from '../../components/options/ExplainApp';
import { I18n } from '../../components/i18n';
import { extensionTranslator, localisePage } from '../../utils/ui/extension-i18n';

const i18n = extensionTranslator();
localisePage(document, i18n, 'explain_title');
render(
  <I18n.Provider value={i18n}>
    <ExplainApp text={new URLSearchParams(location.search).get('text') ?? ''} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
