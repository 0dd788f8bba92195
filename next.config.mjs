import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The storefront's API paths end in a slash (/users/orders/anonymous/), so keep them as sent.
  trailingSlash: true,
  poweredByHeader: false,
  // Lets two builds of one checkout live side by side, for example a test run beside a dev server.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Needed only by `next build --webpack`; Turbopack bundles PGlite's Wasm files as they are.
  serverExternalPackages: ["@electric-sql/pglite"],
  // `npm run check` type-checks the whole project, scripts and tests included, before any build
  // in CI, so the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
