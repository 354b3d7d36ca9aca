/** A label reported as someone's ("calling Romney a phony") is given as theirs, like a quotation. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/core/analyze';
import { reportedLabel } from '../../../utils/core/watch/reported';

const at = (text: string, word: string) => reportedLabel(text, text.indexOf(word), 0);

describe('reportedLabel', () => {
  it.each([
    ['a label withheld', 'He refrained from calling Romney a phony in the debate.', 'phony'],
    ['a label given to a group', 'The governor branded the strikers thugs.', 'thugs'],
    ['what someone calls it', 'The inquiry is what he called a witch hunt.', 'witch hunt'],
    ['a thing called so', 'She called it a disaster for the town.', 'disaster'],
    ['a name given', 'Critics dubbed him a traitor.', 'traitor'],
  ])('reports %s', (_, text, word) => {
    expect(at(text, word)).toBe(true);
  });

  it.each([
    ['a call for something', 'He called for a brutal crackdown on the protests.', 'brutal'],
    ['no verb of calling', 'The phony war ended in May.', 'phony'],
    ['a call to someone', 'She called on the disgraced minister to resign.', 'disgraced'],
  ])('leaves in the writer’s voice %s', (_, text, word) => {
    expect(at(text, word)).toBe(false);
  });

  it('a word to watch that someone is reported calling a person is marked as in their words', () => {
    const [word] = analyze('Obama refrained from calling Romney a phony on Tuesday.', [], { watchLevel: 'default' }).watch;
    expect(word).toMatchObject({ text: 'phony', quoted: true });
  });
});
