// The SDK's browser tests against the real server, in Chromium:
//   node --conditions=source --import tsx node_modules/@web/test-runner/dist/bin.js --config packages/sdk/web-test-runner.config.mjs
// (from the repository root). Extends the root config with the plugin that runs the server.
import { defaultReporter, summaryReporter } from '@web/test-runner';
import rootConfig from '../../web-test-runner.config.mjs';
import { creditServerPlugin } from './test/browser/server-plugin.mjs';

export default {
  ...rootConfig,
  files: ['packages/sdk/test/browser/**/*.test.ts'],
  plugins: [...rootConfig.plugins, creditServerPlugin()],
  // The root's counting reporter would overwrite the counts of the whole-repository browser run.
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
};
