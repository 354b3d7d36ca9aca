import type { TermCategory } from '../../utils/settings';
import type { MessageKey } from '../../utils/ui/i18n';

/** Each framing-word category in words, with examples: the options page's switches and the entry form's choices. */
export const CATEGORY_LABELS: Record<TermCategory, MessageKey> = {
  label: 'category_label',
  euphemism: 'category_euphemism',
  distancing: 'category_distancing',
  sponsorship: 'category_sponsorship',
  territory: 'category_territory',
  attribution: 'category_attribution',
  casualty: 'category_casualty',
  domestic: 'category_domestic',
};
