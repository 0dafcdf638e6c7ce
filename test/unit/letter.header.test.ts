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
