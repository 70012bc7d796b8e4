import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport (--node-ipc from the VS Code client, --stdio from `kehoach lsp`) comes from argv.
startServer(createConnection(ProposedFeatures.all));
