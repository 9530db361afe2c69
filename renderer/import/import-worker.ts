/// <reference lib="webworker" />
/* global DedicatedWorkerGlobalScope */
import { answer, type ImportRequest } from './import-work';

/* The import worker: answers the page's requests (renderer/import/import-work.ts). */

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ImportRequest>) =>
  void answer(event.data, (reply, transfer) => scope.postMessage(reply, transfer));
