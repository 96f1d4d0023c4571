// Preloaded into the app by bench/profilePage.ts (`--import`): the first SIGUSR2 starts V8's CPU profiler, the second
// stops it and writes PROFILE_OUT, so the profile holds the load run only, not the start-up's module loading.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

const session = new Session();
session.connect();
let running = false;
process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 250 }, () => session.post('Profiler.start')));
    return;
  }
  running = false;
  session.post('Profiler.stop', (err, result) => {
    if (!err) writeFileSync(process.env.PROFILE_OUT ?? 'app.cpuprofile', JSON.stringify(result.profile));
    console.log('profile written');
  });
});
