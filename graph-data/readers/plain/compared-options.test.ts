import { describe, expect, it } from 'vitest';
import { optionLabel, optionName } from './compared-options';

describe('the names of a compared option', () => {
  it('adds the kind to a compared name, unless the name ends with it', () => {
    expect(optionLabel('EC2', 'launch type')).toBe('EC2 launch type');
    expect(optionLabel('External Launch type', 'launch type')).toBe('External Launch type');
    expect(optionLabel('Spot Capacity types', 'capacity type')).toBe('Spot Capacity types');
  });
  it('ends with the kind only as whole words: "Prototype" is no type, "Subclass" no class', () => {
    expect(optionLabel('Prototype', 'type')).toBe('Prototype type');
    expect(optionLabel('Subclass', 'class')).toBe('Subclass class');
    expect(optionName('Subclass', 'class')).toBe('Subclass');
  });
  it('goes by its name without the kind', () => {
    expect(optionName('External Launch type', 'launch type')).toBe('External');
    expect(optionName('gp3 storage class', 'storage class')).toBe('gp3');
    expect(optionName('Launch type', 'launch type')).toBe('Launch type');
  });
});
