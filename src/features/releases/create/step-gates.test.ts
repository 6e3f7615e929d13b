import { describe, expect, it } from 'vitest';
import { emptyForm, emptyImage, emptyService, type WizardForm } from './form-model';
import { computeGates, reachableStep, stepOfPath } from './step-gates';

const registries = [
  { id: 'r', address: 'reg.example.com', provider: '', region: '', namespace: 'ns', isDefault: true },
];
const ctx = { takenNames: new Set(['v1']), registries };

function ready(): WizardForm {
  const f = emptyForm('K8SYaml', 'r');
  f.name = 'v2';
  f.envName = 'dev';
  f.services = [
    {
      ...emptyService('api'),
      yaml: 'kind: Deployment\n',
      images: [
        {
          ...emptyImage(),
          containerName: 'api',
          imageName: 'api',
          sourceRepo: 'dev.example.com/api',
          sourceTag: '1',
          targetTag: '1',
        },
      ],
    },
  ];
  return f;
}

describe('step gates', () => {
  it('lets a complete form through every step', () => {
    const gates = computeGates(ready(), ctx);
    expect(gates.firstBlocked).toBeNull();
    expect(reachableStep('review', gates)).toBe('review');
  });

  it('stops Basics on a taken name and keeps later steps out of reach', () => {
    const gates = computeGates({ ...ready(), name: 'v1' }, ctx);
    expect(gates.blocking.basics?.key).toBe('nameTaken');
    expect(reachableStep('images', gates)).toBe('basics');
  });

  it('puts YAML errors on Services and image problems on Images', () => {
    const f = { ...ready(), source: 'manual' as const };
    f.services[0]!.yaml = 'a: [1\n';
    f.services[0]!.images[0]!.targetTag = 'bad tag';
    const gates = computeGates(f, ctx);
    expect(gates.blocking.services).toMatchObject({
      key: 'yamlInvalid',
      params: { service: 'api', line: 2 },
    });
    expect(gates.blocking.images).toMatchObject({ key: 'tagInvalid', params: { container: 'api' } });
    expect(gates.firstBlocked).toBe('services');
  });

  it('ignores services that are not included, but needs at least one', () => {
    const f = ready();
    f.services[0]!.included = false;
    expect(computeGates(f, ctx).blocking.services?.key).toBe('servicesRequired');
  });

  it('asks Helm for a chart version, but neither a chart repository nor image paths', () => {
    // Zadig accepts no chart repository (version_v2.go) and takes image_path from the template,
    // environment or base version (openapi.go).
    for (const source of ['manual', 'from_env'] as const) {
      const f = { ...ready(), source, type: 'HelmChart' as const };
      const gates = computeGates(f, ctx);
      expect(gates.blocking.services?.key).toBe('chartVersionRequired');
      expect(gates.blocking.images).toBeUndefined();
      expect(gates.counts.images).toBe(0);
    }
  });

  it('does not check YAML or source images Zadig takes from the environment', () => {
    const f = ready();
    f.services[0]!.yaml = 'a: [1\n';
    f.services[0]!.images[0]!.sourceTag = '';
    expect(computeGates(f, ctx).firstBlocked).toBeNull();
  });

  it('maps fields to their steps', () => {
    expect(stepOfPath(['labels'])).toBe('basics');
    expect(stepOfPath(['services', 0, 'chartVersion'])).toBe('services');
    expect(stepOfPath(['services', 0, 'images', 0, 'targetTag'])).toBe('images');
    expect(stepOfPath(['chartRepo'])).toBe('images');
  });
});
