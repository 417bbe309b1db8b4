declare module 'serve-handler' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export default function handler(
    req: IncomingMessage,
    res: ServerResponse,
    options?: { public?: string; cleanUrls?: boolean },
  ): Promise<void>;
}
