import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../entries/status-badge.js';
import { isCallTo } from '../../internal/test/fake-api.js';
import { eventually, untilText, visibleText } from '../../internal/test/helpers.js';
import { useRealServer, type RealServer } from '../../internal/test/real-server.js';

describe('<credit-status-badge> against the real server', function () {
  // The server shares two cores with the browser and other suites: be patient, assert no timings.
  this.timeout(60_000);
  let server: RealServer;
  const batches: string[][] = [];
  before(async function () {
    this.timeout(60_000);
    // Counts the batch requests the page makes, and passes everything through.
    server = await useRealServer(async (input, init) => {
      if (isCallTo(input, '/v1/statuses'))
        batches.push(
          new URL(input instanceof Request ? input.url : String(input)).searchParams.get('codes')!.split(','),
        );
      return fetch(input, init);
    });
  });

  it('shows the seeded subjects, many badges in one request', async () => {
    const { redListed, blacklisted, underSupervision } = server.demo.subjects;
    // fixtureSync: a plain wrapper would wait for an animation frame, which a background tab never gets.
    const el = fixtureSync(
      html`<div>
        <credit-status-badge id="red" code=${redListed} variant="full"></credit-status-badge>
        <credit-status-badge id="black" code=${blacklisted} variant="full"></credit-status-badge>
        <credit-status-badge id="watch" code=${underSupervision}></credit-status-badge>
        <credit-status-badge id="again" code=${redListed}></credit-status-badge>
      </div>`,
    );
    const badge = (id: string) => el.querySelector(`#${id}`)!;
    await untilText(badge('red'), '守信激励对象(红名单)');
    await untilText(badge('black'), '失信联合惩戒对象(黑名单)');
    expect(visibleText(badge('black'))).to.contain('D级 失信');
    await eventually(() => visibleText(badge('watch')).includes('级'), 'the third badge never loaded');
    expect(batches).to.have.length(1);
    expect(batches[0]).to.have.members([redListed, blacklisted, underSupervision]);
    await expect(badge('black')).to.be.accessible();
  });
});
