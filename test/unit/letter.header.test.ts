// Header fields in every layout pdftotext prints: label and value on one line, several pairs on a line, all
// labels first and then all values, labels with odd spacing or wrapped ("Application\nReceived:"), and values
// that only some labels accept (a date, a case number, a priority word).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';

const fieldsOf = (header: string): Record<string, string | undefined> => {
  const letter = parseLetter(`${header}\nHOW THE IMR FINAL DETERMINATION WAS MADE\nThe reviewer.\n`);
  return Object.fromEntries((letter.header?.fields ?? []).map((f) => [f.key, f.value?.text]));
};

test('labels with odd spacing and case: spaces before the colon, several spaces or a tab between words', () => {
  assert.deepEqual(
    fieldsOf(
      'Case  Number :   CM16-0213037\nDate\tAssigned :  11/09/2016\nDecision  Date: 12/09/2016\nPriority :  Standard\nDate  of  Injury: 10/13/2016\nUR  Denial  Date : 11/03/2016\nApplication  Received : 11/03/2016',
    ),
    {
      caseNumber: 'CM16-0213037',
      dateAssigned: '11/09/2016',
      decisionDate: '12/09/2016',
      priority: 'Standard',
      dateOfInjury: '10/13/2016',
      urDenialDate: '11/03/2016',
      applicationReceived: '11/03/2016',
    },
  );
  assert.deepEqual(fieldsOf('case number: CM16-0213037\nPRIORITY: Expedited'), { caseNumber: 'CM16-0213037', priority: 'Expedited' });
});

test('two pairs on a line, and all labels first then all values (each value to the first label that takes it)', () => {
  assert.deepEqual(
    fieldsOf('Case Number: CM16-0213037        Date of Injury: 10/13/2016\nDate Assigned: 11/09/2016        UR Denial Date: 11/03/2016'),
    {
      caseNumber: 'CM16-0213037',
      dateOfInjury: '10/13/2016',
      dateAssigned: '11/09/2016',
      urDenialDate: '11/03/2016',
    },
  );
  assert.deepEqual(fieldsOf('Case Number:\nDate Assigned:\nPriority:\nCM16-0213037\n11/09/2016\nStandard'), {
    caseNumber: 'CM16-0213037',
    dateAssigned: '11/09/2016',
    priority: 'Standard',
  });
  // A date goes to a date label, never to the case number or the priority; a case number never to a date.
  assert.deepEqual(fieldsOf('Case Number:\nPriority:\nDecision Date:\n12/09/2016\nCM16-0213037\nStandard'), {
    caseNumber: 'CM16-0213037',
    priority: 'Standard',
    decisionDate: '12/09/2016',
  });
  assert.deepEqual(fieldsOf('Decision Date:\nPriority:\nStandard\n1-9-16'), { decisionDate: '1-9-16', priority: 'Standard' });
});

test('"Application Received:" wrapped over two lines, and "Application" that is no label', () => {
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037\nApplication\nReceived: 11/03/2016'), {
    caseNumber: 'CM16-0213037',
    applicationReceived: '11/03/2016',
  });
  const letter = parseLetter('Case Number: CM16-0213037\nApplication\nReceived: 11/03/2016\nHOW THE IMR FINAL DETERMINATION WAS MADE\n');
  assert.equal(letter.header?.fields.find((f) => f.key === 'applicationReceived')?.label.text, 'Application Received:');
  // Inside a sentence "application" is a word, and "Received:" without "Application" before it no label.
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037 the application was late\nReceived: 11/03/2016'), {
    caseNumber: 'CM16-0213037 the application was late',
  });
});

test('a header value may be missing, and lines without a label are passed over', () => {
  assert.deepEqual(fieldsOf('MAXIMUS FEDERAL SERVICES\nSacramento, CA\nCase Number: CM16-0213037\nPriority:'), {
    caseNumber: 'CM16-0213037',
    priority: undefined,
  });
  const letter = parseLetter('Dear Sir\nCase Number: CM16-0213037\nHOW THE IMR FINAL DETERMINATION WAS MADE\n');
  assert.equal(letter.header?.span.start, 'Dear Sir\n'.length);
  assert.equal(letter.header?.span.end, 'Dear Sir\nCase Number: CM16-0213037'.length);
  assert.equal(parseLetter('Dear Sir\nHOW THE IMR FINAL DETERMINATION WAS MADE\n').header, undefined);
});

const headerOf = (header: string) => parseLetter(`${header}\nHOW THE IMR FINAL DETERMINATION WAS MADE\nThe reviewer.\n`).header;

test('every label takes a run of spaces between its words and a space before its colon', () => {
  assert.deepEqual(
    fieldsOf(
      'Case Number : CM16-0213037\nDate  Assigned : 11/09/2016\nDecision Date : 12/09/2016\nPriority : Standard\nDate of Injury : 10/13/2016\nUR Denial Date : 11/03/2016',
    ),
    {
      caseNumber: 'CM16-0213037',
      dateAssigned: '11/09/2016',
      decisionDate: '12/09/2016',
      priority: 'Standard',
      dateOfInjury: '10/13/2016',
      urDenialDate: '11/03/2016',
    },
  );
  // The second line of a wrapped "Application Received:" too.
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037\nApplication\nReceived : 11/03/2016'), {
    caseNumber: 'CM16-0213037',
    applicationReceived: '11/03/2016',
  });
});

test('"Application Received" is one label without its colon, its words apart by one space, several or a tab', () => {
  for (const label of ['Application Received', 'Application  Received', 'Application\tReceived', 'APPLICATION RECEIVED']) {
    const header = headerOf(`Case Number: CM16-0213037\n${label} 11/03/2016`);
    assert.deepEqual(
      header?.fields.map((f) => [f.key, f.label.text, f.value?.text]),
      [
        ['caseNumber', 'Case Number:', 'CM16-0213037'],
        ['applicationReceived', label.replace(/\s+/, ' '), '11/03/2016'],
      ],
      label,
    );
  }
  // With the colon and spaces before it, the label keeps its own words.
  assert.equal(headerOf('Application  Received :  11/03/2016')?.fields[0].label.text, 'Application Received :');
});

test('a bare "Application" is a label only at a chunk start: line start (after any indent) or after two spaces', () => {
  const wrapped = { caseNumber: 'CM16-0213037', applicationReceived: '11/03/2016' };
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037\n Application\nReceived: 11/03/2016'), wrapped);
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037\n    Application\nReceived: 11/03/2016'), wrapped);
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037  Application\nReceived: 11/03/2016'), wrapped);
  // After a single space it is a word of the value, even when two spaces stand earlier on the line.
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037   see the application'), { caseNumber: 'CM16-0213037' });
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037 Application\nReceived: 11/03/2016'), { caseNumber: 'CM16-0213037 Application' });
});

test('"Received:" joins only a bare "Application" before it; after any other label it is no label', () => {
  const header = headerOf('Case Number: CM16-0213037\nReceived: 11/03/2016');
  assert.deepEqual(
    header?.fields.map((f) => [f.key, f.label.text, f.label.span]),
    [['caseNumber', 'Case Number:', { start: 0, end: 'Case Number:'.length }]],
  );
  assert.deepEqual(header?.span, { start: 0, end: 'Case Number: CM16-0213037'.length });
  // The joined label spans both lines, from "Application" to the colon of "Received:".
  const joined = headerOf('Case Number: CM16-0213037\nApplication\nReceived: 11/03/2016');
  const start = 'Case Number: CM16-0213037\n'.length;
  assert.deepEqual(joined?.fields[1].label, {
    text: 'Application Received:',
    span: { start, end: start + 'Application\nReceived:'.length },
  });
  assert.deepEqual(joined?.fields[1].value?.span, { start: start + 'Application\nReceived: '.length, end: joined?.span.end });
});

test('a second label on a line after a single space or none', () => {
  assert.deepEqual(fieldsOf('Case Number: CM16-0213037 Date of Injury: 10/13/2016'), {
    caseNumber: 'CM16-0213037',
    dateOfInjury: '10/13/2016',
  });
  assert.deepEqual(fieldsOf('Decision Date: 12/09/2016Priority: Standard'), { decisionDate: '12/09/2016', priority: 'Standard' });
});

test('labels are found on a line that starts with a stray colon, the first line of the text included', () => {
  const header = headerOf(': Case Number: CM16-0213037');
  assert.deepEqual(
    header?.fields.map((f) => [f.key, f.value?.text]),
    [['caseNumber', 'CM16-0213037']],
  );
  assert.deepEqual(header?.span, { start: 2, end: ': Case Number: CM16-0213037'.length });
  assert.deepEqual(fieldsOf('Dear Sir\n:Priority: Expedited'), { priority: 'Expedited' });
});

/** Which of the labels `first` and `second`, waiting in that order, takes `value`: the first that accepts it. */
const takerOf = (first: string, second: string, value: string): string[] =>
  (headerOf(`${first}\n${second}\n${value}`)?.fields ?? []).filter((f) => f.value?.text === value).map((f) => f.key);

test('a value is a date only when all of it is one: 1-2 digit month and day, 2-4 digit year, apart by / or -', () => {
  // The case number refuses a date, so a date waits for the date label after it; any other value it takes.
  for (const date of ['1/2/16', '12/31/2016', '1-2-2016', '12-31-16', '1/2-2016', '1/2/201'])
    assert.deepEqual(takerOf('Case Number:', 'Decision Date:', date), ['decisionDate'], date);
  for (const text of ['123/2/2016', '1/234/2016', '1/2/6', '1/2/20161', '1.2.2016', 'on 1/2/2016', '1/2/2016 amended', '1/2/2016x'])
    assert.deepEqual(takerOf('Case Number:', 'Decision Date:', text), ['caseNumber'], text);
  // The priority refuses a date too.
  assert.deepEqual(takerOf('Priority:', 'Date Assigned:', '11/09/2016'), ['dateAssigned']);
  assert.deepEqual(fieldsOf('Priority: Standard 12/09/2016'), { priority: 'Standard 12/09/2016' });
});

test('a value is a case number only when all of it is one: two letters, two digits, a hyphen and digits', () => {
  // The priority refuses a case number, which waits for the case number label after it.
  assert.deepEqual(fieldsOf('Priority:\nCase Number:\nCM16-0213037\nStandard'), { priority: 'Standard', caseNumber: 'CM16-0213037' });
  for (const id of ['CM16-0213037', 'cm16-0213037', 'CM16-0', 'AB99-123456789'])
    assert.deepEqual(takerOf('Priority:', 'Case Number:', id), ['caseNumber'], id);
  for (const text of [
    'CCM16-0213037',
    'C16-0213037',
    '1M16-0213037',
    'CM1-0213037',
    'CM163-0213037',
    'CMX6-0213037',
    'CM16-',
    'CM16-X',
    'CM16-0213037X',
    'CM16 0213037',
    'x CM16-0213037',
  ])
    assert.deepEqual(takerOf('Priority:', 'Case Number:', text), ['priority'], text);
  // A date label refuses a case number as well: with no case number label it stays unpaired.
  assert.deepEqual(fieldsOf('Date of Injury:\nPriority:\nCM16-0213037'), { dateOfInjury: undefined, priority: undefined });
});

test('a date label takes any value but a case number or a bare priority word', () => {
  assert.deepEqual(fieldsOf('Date of Injury: CT 01/01/2010 to 10/13/2016'), { dateOfInjury: 'CT 01/01/2010 to 10/13/2016' });
  assert.deepEqual(fieldsOf('Date Assigned: unknown\nUR Denial Date: see attached'), {
    dateAssigned: 'unknown',
    urDenialDate: 'see attached',
  });
  // The priority word waits for the priority label after the date label; text around it makes it an ordinary value.
  for (const word of ['Standard', 'Expedited', 'EXPEDITED', 'standard'])
    assert.deepEqual(takerOf('Date of Injury:', 'Priority:', word), ['priority'], word);
  for (const text of ['Standard review', 'Non Standard', 'Expedited review', 'Substandard', 'Standards'])
    assert.deepEqual(takerOf('Date of Injury:', 'Priority:', text), ['dateOfInjury'], text);
});
