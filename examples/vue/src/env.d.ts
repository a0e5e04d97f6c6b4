interface ImportMetaEnv {
  /** The credit-kit API's origin, set by vite.config.ts from the environment. */
  readonly CREDIT_API_URL: string;
}
