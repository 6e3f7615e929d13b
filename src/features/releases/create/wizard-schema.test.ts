import { describe, expect, it } from 'vitest';
import { createK8sReleaseRequestSchema, VERSION_NAME_RULE } from '../../../api/schemas';
import { emptyForm, emptyImage, emptyService, type WizardForm } from './form-model';
import { chartHistory } from './history';
import { wizardIssues } from './wizard-schema';
import { helmService } from '../testing/helm-service';

const registries = [
  { id: 'r', address: 'reg.example.com', provider: '', region: '', namespace: 'ns', isDefault: true },
];
const ctx = { takenNames: new Set<string>(), registries };

function form(name: string, targetTag = 'v2'): WizardForm {
  return {
    ...emptyForm('K8SYaml', 'r'),
    name,
    envName: 'dev',
    services: [
      {
        ...emptyService('api'),
        yaml: 'a: 1\n',
        images: [
          {
            ...emptyImage(),
            containerName: 'api',
            imageName: 'api',
            sourceRepo: 'dev.example.com/api',
            sourceTag: '1',
            targetTag,
          },
        ],
      },
    ],
  };
}

const keysAt = (f: WizardForm, field: string) =>
  wizardIssues(f, ctx)
    .filter((i) => i.path.join('.').endsWith(field))
    .map((i) => i.key);

describe('version name rule', () => {
  it.each(['bad name!', '<script>alert(1)</script>', '../../etc', '-lead', '.hidden', 'a/b', '版本1'])(
    'refuses %s with the rule, not "required"',
    (name) => {
      expect(keysAt(form(name), 'name')).toEqual(['nameInvalid']);
    },
  );

  it.each(['v1.2.0', '2026.11.30', 'release_1-rc.2', 'A'])('accepts %s', (name) => {
    expect(keysAt(form(name), 'name')).toEqual([]);
  });

  it('says "required" for an empty name and "too long" past 128 characters', () => {
    expect(keysAt(form('  '), 'name')).toEqual(['nameRequired']);
    expect(keysAt(form('a'.repeat(129)), 'name')).toEqual(['nameTooLong']);
    // The message says how many characters to remove.
    const long = wizardIssues(form('a'.repeat(200)), ctx).find((i) => i.key === 'nameTooLong');
    expect(long?.params).toEqual({ over: 72 });
    expect(keysAt(form('a'.repeat(128)), 'name')).toEqual([]);
  });

  it('is the rule the wire schema (and so the sandbox) applies, naming the field', () => {
    const request = (version_name: string) => ({
      project_key: 'p',
      version_name,
      source: 'manual',
      image_registry_id: 'r',
      services: [{ service_name: 'api', images: [] }],
    });
    expect(createK8sReleaseRequestSchema.safeParse(request('v1.2.0')).success).toBe(true);
    const bad = createK8sReleaseRequestSchema.safeParse(request('../../etc'));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['version_name'], message: VERSION_NAME_RULE });
  });
});

describe('tags', () => {
  it('says "required" for an empty target tag and "invalid" for a malformed one', () => {
    expect(keysAt(form('v2', ''), 'targetTag')).toEqual(['tagRequired']);
    expect(keysAt(form('v2', '-x'), 'targetTag')).toEqual(['tagInvalid']);
  });

  it('takes a tag of 128 characters and calls one of 129 invalid (its message names the limit)', () => {
    expect(keysAt(form('v2', 'x'.repeat(128)), 'targetTag')).toEqual([]);
    expect(keysAt(form('v2', 'x'.repeat(129)), 'targetTag')).toEqual(['tagInvalid']);
  });
});

describe('service names', () => {
  it('holds a service named by hand to the rule of Zadig’s service names, as the server does', () => {
    const named = (serviceName: string) => {
      const f = form('v2');
      return { ...f, services: [{ ...f.services[0]!, serviceName }] };
    };
    expect(keysAt(named('order-service_2'), 'serviceName')).toEqual([]);
    expect(keysAt(named('Bad Name!'), 'serviceName')).toEqual(['serviceNameInvalid']);
    expect(keysAt(named(''), 'serviceName')).toEqual(['serviceNameRequired']);
  });
});

describe('chart versions', () => {
  /** pay and ledger share general-chart in the project's history; billing has a chart of its own. */
  const charts = chartHistory([
    {
      id: 'v1',
      name: 'v1',
      type: 'HelmChart',
      source: 'from_env',
      status: 'success',
      labels: [],
      description: '',
      createdBy: '',
      createdAt: 1,
      projectKey: 'helm',
      envName: 'dev',
      production: false,
      error: '',
      imageRegistryId: 'r',
      chartRepoName: 'charts',
      services: [
        helmService('pay', 'general-chart', '2.8.1'),
        helmService('ledger', 'general-chart', '2.8.1'),
      ],
    },
  ]);
  const helm = (versions: Array<[string, string]>): WizardForm => ({
    ...emptyForm('HelmChart', 'r'),
    name: 'v2',
    source: 'manual',
    chartRepo: 'charts',
    services: versions.map(([name, chartVersion]) => ({
      ...emptyService(name),
      chartVersion,
      yaml: 'a: 1\n',
    })),
  });
  const repeated = (f: WizardForm) =>
    wizardIssues(f, { ...ctx, charts }).filter((i) => i.key === 'chartVersionRepeated');

  it('marks the second service of a chart given the version the first has, naming both', () => {
    const issues = repeated(
      helm([
        ['pay', '2.8.2'],
        ['billing', '2.8.2'],
        ['ledger', ' 2.8.2'],
      ]),
    );
    expect(issues).toEqual([
      {
        path: ['services', 2, 'chartVersion'],
        key: 'chartVersionRepeated',
        params: { service: 'ledger', chart: 'general-chart', chartVersion: '2.8.2', first: 'pay' },
      },
    ]);
  });

  it('lets services of one chart have versions of their own, and ignores services left out', () => {
    expect(
      repeated(
        helm([
          ['pay', '2.8.2'],
          ['ledger', '2.8.3'],
        ]),
      ),
    ).toEqual([]);
    const out = helm([
      ['pay', '2.8.2'],
      ['ledger', '2.8.2'],
    ]);
    out.services[0] = { ...out.services[0]!, included: false };
    expect(repeated(out)).toEqual([]);
  });
});
