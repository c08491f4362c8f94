import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ActivateServiceDto } from './activate-service.dto';
import { CreateAccountDto } from './create-account.dto';

const errorsOf = <T extends object>(cls: new () => T, plain: object) =>
  validateSync(plainToInstance(cls, plain)).map((error) => error.property);

describe('shared DTO rules (used by the API and the panel alike)', () => {
  it('takes platform storage of 1, 2 or 3 GB or FTP for recording (REC-1)', () => {
    expect(errorsOf(ActivateServiceDto, {})).toEqual([]);
    expect(errorsOf(ActivateServiceDto, { storage: 'quota', quotaGb: 3 })).toEqual([]);
    expect(errorsOf(ActivateServiceDto, { storage: 'ftp' })).toEqual([]);
    expect(errorsOf(ActivateServiceDto, { storage: 'quota', quotaGb: 4 })).toEqual(['quotaGb']);
    expect(errorsOf(ActivateServiceDto, { storage: 'cloud' })).toEqual(['storage']);
  });

  it('needs an account name, a valid time zone and the first admin', () => {
    expect(errorsOf(CreateAccountDto, { name: 'Acme', adminEmail: 'a@acme.pl', adminPassword: 'long-enough' })).toEqual([]);
    expect(errorsOf(CreateAccountDto, { name: 'Acme', timeZone: 'Europe/Nowhere', adminEmail: 'nope', adminPassword: 'short' }).sort()).toEqual(
      ['adminEmail', 'adminPassword', 'timeZone'].sort(),
    );
  });
});
