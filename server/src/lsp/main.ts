import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serve, serveStdio } from './serve';

// The transport (--node-ipc from the VS Code client, --stdio from any other editor) comes from argv.
if (process.argv.includes('--stdio')) serveStdio();
else serve(createConnection(ProposedFeatures.all));
