import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { I18n } from '../../components/i18n';
import { extensionTranslator, localisePage } from '../../utils/ui/extension-i18n';

const i18n = extensionTranslator();
localisePage(document, i18n, 'options_title');
render(
  <I18n.Provider value={i18n}>
    <OptionsApp />
  </I18n.Provider>,
  document.getElementById('app')!,
);
