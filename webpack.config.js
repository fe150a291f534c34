/**
 * Builds the add-in: the task pane (React + Fluent UI, heavy views lazy-loaded), the ribbon's
 * function commands and their dialog, the help page, icons and the manifest. office.js comes
 * from Microsoft's CDN through the pages' script tags and is never bundled. Production builds
 * target modern engines (WebView2, WKWebView: no IE11 polyfills), use no eval, and rewrite the
 * manifest's https://localhost:3000/ to ADDIN_HOST.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { version } = require('./package.json');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_HOST = 'https://localhost:3000/';
const PROD_HOST = process.env.ADDIN_HOST ?? 'https://addin.gevinst.dk/';

function page(name, chunks) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/pages/${name}.html`,
    chunks,
    scriptLoading: 'defer',
  });
}

/**
 * HTTPS for the dev server: office-addin-dev-certs' trusted localhost certificate where it can
 * be installed; otherwise webpack-dev-server's own self-signed one (the browser must then be
 * told to trust https://localhost:3000 once).
 */
async function httpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (e) {
    console.warn(
      `office-addin-dev-certs could not install a trusted certificate (${e.message}); using a self-signed one.`,
    );
    return 'https';
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const host = production ? PROD_HOST : DEV_HOST;
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(host))
    throw new Error(`ADDIN_HOST must be an https URL ending in "/", got ${host}`);
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/commands/dialog.ts',
      // The pane's Monte Carlo runs here, off the pane's thread (app/composition.ts starts it).
      'simulation-worker': './src/taskpane/simulation-worker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/addin'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new DefinePlugin({ __GEVINST_VERSION__: JSON.stringify(version) }),
      page('taskpane', ['taskpane']),
      page('commands', ['commands']),
      page('dialog', ['dialog']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/pages/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              content.toString().split(DEV_HOST).join(host).split(DEV_HOST.slice(0, -1)).join(host.slice(0, -1)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      host: 'localhost',
      port: 3000,
      server: env.WEBPACK_SERVE ? await httpsServer() : 'https',
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
};
