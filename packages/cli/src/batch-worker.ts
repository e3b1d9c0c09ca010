import { parentPort } from 'node:worker_threads';
import { processJob, type BatchJob } from './batch-core.js';

// Worker entry of `zhengce batch`: parse the jobs the main thread sends, one at a time.
parentPort?.on('message', (job: BatchJob | null) => {
  if (job === null) {
    parentPort!.close();
    return;
  }
  void processJob(job).then((outcome) => parentPort!.postMessage(outcome));
});
