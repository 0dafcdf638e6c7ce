// The protocol's requests as the server's library types them (see index.ts for why there are two copies).
import { RequestType as ServerRequestType } from 'vscode-languageserver';
import type { RequestType } from 'vscode-languageserver-protocol';

export function serverRequest<P, R>(type: RequestType<P, R, void>): ServerRequestType<P, R, void> {
  return new ServerRequestType<P, R, void>(type.method);
}
