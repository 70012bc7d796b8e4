// Preloaded (node --require) into a spawned server by the lifecycle tests, never by the product: on
// SIGUSR2 the process gets an unhandled promise rejection and an uncaught exception, as a bug in any
// handler would give it.
'use strict';
process.on('SIGUSR2', () => {
  Promise.reject(new Error('injected rejection'));
  setImmediate(() => {
    throw new Error('injected exception');
  });
});
