/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** GraphQL endpoint; default `/graphql` on the same origin (the API server serves /admin too). */
  readonly VITE_GRAPHQL_URL?: string;
}
