import { describe, expect, it } from 'vitest';
import { mappingProblem, notImportedSentence, sentMapping, unmappedHeaders, validRows } from './model';

describe('import model', () => {
  it('asks for every required column, one of several being enough', () => {
    expect(mappingProblem(['name'], {})).toBe("Choose the file's column for name: the import needs it.");
    expect(mappingProblem(['account_external_id or account_name', 'name'], { name: 'Name' })).toBe(
      "Choose the file's column for account_external_id or account_name: the import needs one of them.",
    );
    expect(mappingProblem(['account_external_id or account_name', 'name'], { name: 'Name', account_name: 'Company' })).toBeNull();
  });

  it('refuses a header that fills two columns', () => {
    expect(mappingProblem(['name'], { name: 'Company', industry: 'Company' })).toBe(
      `The file's column "Company" fills both name and industry; choose it for one of them.`,
    );
  });

  it('sends only mapped columns and counts the rows a commit writes', () => {
    expect(sentMapping({ name: 'Company', industry: '' })).toEqual({ name: 'Company' });
    expect(validRows({ willCreate: 2, willUpdate: 1, willLeaveUnchanged: 3 })).toBe(6);
  });

  it('lists the headers no column reads, in file order', () => {
    expect(unmappedHeaders(['Company', 'Notes', 'Industry'], { name: 'Company', industry: '' })).toEqual(['Notes', 'Industry']);
    expect(unmappedHeaders(['Company'], { name: 'Company' })).toEqual([]);
    expect(notImportedSentence('Notes')).toBe('Column Notes is not imported.');
  });
});
