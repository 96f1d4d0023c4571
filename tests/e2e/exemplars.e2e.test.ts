// The exemplar pages and the school's public page as people see them, at 1280 and 360 px: none scrolls sideways
// at 360 px, even with a long unbroken title and a photo.
import { beforeAll, it } from 'vitest';
import { buildCouncil } from '../support/ballotFixtures.ts';
import { buildExemplar, buildExemplarPhoto } from '../support/exemplarFactories.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { atBothWidths, describeBrowser, signIn, useBrowserApp } from './browser.ts';

const db = useTestDatabase();
const web = useBrowserApp(db, '2026-11-26T03:00:00Z');
let c: Awaited<ReturnType<typeof buildCouncil>>;
let code = '';
let exemplarId = '';

beforeAll(async () => {
  const prisma = db.current.prisma;
  c = await buildCouncil(prisma, 3);
  code = (await prisma.school.findUniqueOrThrow({ where: { id: c.schoolId } })).code;
  const e = await buildExemplar(prisma, {
    schoolId: c.schoolId,
    schoolYearId: c.schoolYearId,
    state: 'published',
    title: 'Nhặtđượcvítiềntrảlạingườiđánhmấtmộtcáchrấtdàikhôngcódấucách ở cổng trường',
  });
  exemplarId = e.id;
  await buildExemplarPhoto(prisma, e);
});

describeBrowser('exemplar pages', () => {
  it('the public page, an exemplar on it, the list and the detail page, at 1280 and 360 px', async () => {
    const visitor = await web.newPage();
    await visitor.goto(`${web.baseUrl}/cong-khai/${code}`);
    await atBothWidths(visitor, 'public-school');
    await visitor.goto(`${web.baseUrl}/cong-khai/${code}/dien-hinh/${exemplarId}`);
    await atBothWidths(visitor, 'public-exemplar');
    const secretary = await web.newPage();
    await signIn(secretary, web.baseUrl, c.secretary.username, TEST_PASSWORD);
    await secretary.goto(`${web.baseUrl}/exemplars`);
    await atBothWidths(secretary, 'exemplars-list');
    await secretary.goto(`${web.baseUrl}/exemplars/${exemplarId}`);
    await atBothWidths(secretary, 'exemplar-detail');
    await secretary.goto(`${web.baseUrl}/exemplars/new`);
    await atBothWidths(secretary, 'exemplar-new');
  });
});
