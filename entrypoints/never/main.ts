import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/messages';
import { allowSiteAgain } from '../../utils/never-sites';
import { saveErrorMessage } from '../../utils/storage-errors';
import { extensionTranslator, localisePage } from '../../utils/ui/extension-i18n';

const params = new URLSearchParams(location.search);
const site = params.get('site') ?? '';
const tabId = Number(params.get('tab') ?? Number.NaN);
const i18n = extensionTranslator();
const { t } = i18n;
localisePage(document, i18n, 'app_name');
document.querySelector('h1')!.textContent = t('never_heading', site || t('never_this_site'));
document.querySelector('p.body')!.textContent = t('never_body');
const allow = document.getElementById('allow')!;
allow.textContent = t('never_allow');
allow.addEventListener('click', async () => {
  const status = document.getElementById('status')!;
  try {
    await allowSiteAgain(site);
    if (Number.isInteger(tabId)) {
      await browser.action.setPopup({ tabId, popup: '' });
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: '' });
      status.textContent = t('never_allowed', site);
      await sendToBackground<'analyse-tab'>({ type: 'analyse-tab', tabId });
      window.close(); // the popup has done its job: the sidebar is opening in the page
    } else {
      status.textContent = t('never_allowed_click', site);
    }
  } catch (error) {
    status.textContent = saveErrorMessage(error, i18n);
  }
});
