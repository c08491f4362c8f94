module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'pbx-sim',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
