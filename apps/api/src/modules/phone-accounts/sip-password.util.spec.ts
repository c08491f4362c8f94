import { generateSipPassword, nextExtension } from './sip-password.util';

describe('generateSipPassword', () => {
  it('makes distinct passwords of the asked length without look-alike characters', () => {
    const passwords = Array.from({ length: 200 }, () => generateSipPassword());
    expect(new Set(passwords).size).toBe(200);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    }
  });
});

describe('nextExtension', () => {
  it('starts at 100 and fills gaps', () => {
    expect(nextExtension([])).toBe('100');
    expect(nextExtension(['100', '101', '103'])).toBe('102');
  });
});
