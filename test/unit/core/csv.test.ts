/** The evaluation scripts' CSV reader: quoted fields may hold the separator, line breaks and doubled quotes. */
import { expect, test } from 'vitest';
import { parseCsv } from '../../../scripts/lib/csv';

test.each([
  ['plain fields', 'a;b\nc;d\n', [['a', 'b'], ['c', 'd']]],
  ['a quoted separator and doubled quotes', '"x;y";"say ""hi"""\n', [['x;y', 'say "hi"']]],
  ['a line break inside quotes, CRLF rows, no final newline', '"one\ntwo";3\r\nz;4', [['one\ntwo', '3'], ['z', '4']]],
  ['an empty field', 'a;;c\n', [['a', '', 'c']]],
])('%s', (_, text, rows) => {
  expect(parseCsv(text)).toEqual(rows);
});
