module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'acd-engine',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
