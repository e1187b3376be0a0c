import { startTestServer, type TestServer } from '../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server.stop());

describe('demo content over GraphQL', () => {
  it('serves the Targovishte practice (seed 000) to a district filter', async () => {
    const data = await server.ok(`{
      practices(filter: { districtCodes: ["TGV"] }) {
        totalCount
        edges { node {
          title background practice results nominationCount publishedAt innovator
          period { from to precision }
          municipalities { code district { code } }
          organization { name contact { person phone website } }
        } }
      }
    }`);
    expect(data.practices.totalCount).toBe(1);
    const practice = data.practices.edges[0].node;
    expect(practice.background).toContain('Общата цел на проекта е');
    expect(practice.practice).toContain('Ранна интервенция в семейна среда');
    expect(practice.results).toContain('Осигурен достъп до алтернативни социални услуги');
    expect(practice.nominationCount).toBe(4);
    expect(practice.publishedAt.slice(0, 10)).toBe('2015-05-25');
    expect(practice.innovator).toBe('ros');
    expect(practice.period).toEqual({ from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' });
    expect(practice.municipalities).toHaveLength(5);
    expect(practice.municipalities.every((m: any) => m.district.code === 'TGV')).toBe(true);
    expect(practice.organization.contact.person).toBe('Невена Маджарова');
  });

  it('serves the Rodopi road map (seed 004) with its nominations and period', async () => {
    const data = await server.ok(`{
      practices(filter: { municipalityCodes: ["PDV26"] }) {
        edges { node { title nominationCount period { from to } indicators { value unit } } }
      }
    }`);
    const rodopi = data.practices.edges
      .map((e: any) => e.node)
      .find((p: any) => p.period?.from === '2016-08-15');
    expect(rodopi).toBeDefined();
    expect(rodopi.nominationCount).toBe(5);
    expect(rodopi.period.to).toBe('2018-08-15');
    expect(rodopi.indicators.map((i: any) => i.value)).toContain('124.00');
  });

  it('serves the ESF project (seed 003) with its budget in BGN and EUR', async () => {
    const data = await server.ok(`{
      projects(filter: { search: "социално включване – за нашите деца" }) {
        edges { node {
          budget { amount currency amountEur }
          period { from to }
          fundingProgramme
          funder { name kind }
          municipalities { code district { code } }
        } }
      }
    }`);
    expect(data.projects.edges).toHaveLength(1);
    const project = data.projects.edges[0].node;
    expect(project.budget).toEqual({ amount: '199994.17', currency: 'BGN', amountEur: '102255.40' });
    expect(project.period).toEqual({ from: '2019-09-15', to: '2020-12-31' });
    expect(project.fundingProgramme).toContain('Развитие на човешките ресурси');
    expect(project.funder.kind).toBe('FUNDER');
    expect(project.municipalities).toHaveLength(8);
    expect(project.municipalities.every((m: any) => m.district.code === 'PDV')).toBe(true);
    expect(project.municipalities.map((m: any) => m.code)).toEqual(
      expect.arrayContaining(['PDV01', 'PDV26']),
    );
  });

  it('serves the Hisarya project (seed 001) with ten programmes in order and three municipalities', async () => {
    const data = await server.ok(`{
      projects(filter: { municipalityCodes: ["PDV39"] }) {
        edges { node {
          title programmes { name description } specificObjectives expectedResults
          municipalities { code }
          leadOrganization { name }
          partners { role organization { name kind } }
        } }
      }
    }`);
    const project = data.projects.edges[0].node;
    expect(project.programmes).toHaveLength(10);
    expect(project.programmes[0].name).toContain('Първична превенция');
    expect(project.programmes[9].name).toContain('Голям брат');
    expect(project.specificObjectives).toHaveLength(4);
    expect(project.expectedResults).toHaveLength(7);
    expect(project.municipalities.map((m: any) => m.code).sort()).toEqual(['PDV33', 'PDV37', 'PDV39']);
    expect(project.partners.length).toBeGreaterThanOrEqual(4);
  });

  it('serves English where it exists and says where it fell back to Bulgarian', async () => {
    const data = await server.ok(`{
      practices(locale: EN, filter: { districtCodes: ["TGV"] }) {
        edges { node { title background localization { requested served stale fallbackFields } } }
      }
    }`);
    const node = data.practices.edges[0].node;
    expect(node.title).toMatch(/[A-Za-z]/);
    expect(node.background).toContain('Общата цел');
    expect(node.localization).toMatchObject({ requested: 'EN', served: 'EN', stale: false });
    expect(node.localization.fallbackFields).toContain('background');
  });

  it('lists the volunteer programme and partner network from the seeds', async () => {
    const data = await server.ok(`{
      volunteerProgrammes { edges { node { name volunteerCount municipalities { code } project { title } } } }
      partnerNetworks { edges { node { name scope coordinator { name } practices { title } } } }
    }`);
    const programme = data.volunteerProgrammes.edges[0].node;
    expect(programme.name).toContain('Голям брат');
    expect(programme.volunteerCount).toBeGreaterThan(0);
    const network = data.partnerNetworks.edges[0].node;
    expect(network.scope).toBe('REGIONAL');
    expect(network.practices).toHaveLength(1);
  });
});
