// Browser tests against a running stack (API :3000, panel PANEL_URL); see README.md.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'panel-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};
