import type { Metadata, Viewport } from "next";
import { CopyOnClick } from "@/components/copy-on-click";
import { ContentRefresh } from "@/components/dev/content-refresh";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ThemeScript } from "@/components/site/theme-script";
import { COPY_ORIGIN, SITE_NAME, SITE_TAGLINE, SITE_URL } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: fix cloud and API errors`, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
  // Pages with a picture of their own (guides, diagnoses) replace the fallback card.
  openGraph: {
    siteName: SITE_NAME,
    type: "website",
    locale: "en_GB",
    images: [{ url: "/og-default.png", width: 1200, height: 630, alt: SITE_NAME }],
  },
  twitter: { card: "summary" },
  // Where copied links and ticket summaries point (lib/public-origin.ts); absent: the address being served.
  ...(COPY_ORIGIN ? { other: { "fixpath:origin": COPY_ORIGIN } } : {}),
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" }, apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1216" },
  ],
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-bg focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
          <CopyOnClick />
        </main>
        <SiteFooter />
        {process.env.NODE_ENV === "development" && <ContentRefresh />}
      </body>
    </html>
  );
}
