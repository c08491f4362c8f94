// `npm test` runs every unit and integration suite in one Jest run; browser tests run apart.
module.exports = {
  projects: [
    '<rootDir>/libs/contracts/jest.config.js',
    '<rootDir>/libs/acd-engine/jest.config.js',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/pbx-sim/jest.config.js',
  ],
  // Global options are not read from the projects' configs.
  testTimeout: 30000,
};
