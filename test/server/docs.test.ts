/**
 * The documentation a newcomer reads first: every relative link in README.md, CONTRIBUTING.md and
 * docs/ leads to a file of this repository, and the README stays short and opens with the two
 * commands.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? markdownFiles(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : [],
    );
}

const files = [
  path.join(root, 'README.md'),
  path.join(root, 'CONTRIBUTING.md'),
  ...markdownFiles(path.join(root, 'docs')),
];

/** Targets of inline links `[text](target)`, code spans and fenced blocks left out. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

describe('docs', () => {
  it.each(files.map((f) => [path.relative(root, f), f]))('every relative link in %s resolves', (_name, file) => {
    const broken = linkTargets(fs.readFileSync(file, 'utf8'))
      .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
      .filter((target) => !fs.existsSync(path.resolve(path.dirname(file), decodeURI(target.split('#')[0]))));
    expect(broken).toEqual([]);
  });

  it('no link leaves the repository', () => {
    const outside = files.flatMap((file) =>
      linkTargets(fs.readFileSync(file, 'utf8'))
        .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
        .filter((target) => path.relative(root, path.resolve(path.dirname(file), target)).startsWith('..'))
        .map((target) => `${path.relative(root, file)}: ${target}`),
    );
    expect(outside).toEqual([]);
  });

  it('README.md is under 10 KB and starts with the two commands', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThan(10 * 1024);
    const blocks = [...readme.matchAll(/```(?:bash)?\n([\s\S]*?)```/g)].map((m) => m[1].trim());
    expect(blocks[0]).toBe('npm install && npm start');
    expect(blocks.filter((b) => b === 'npm test')).toHaveLength(1);
    // Nothing but the title, one line of what it is and the Start heading before the first command.
    expect(readme.indexOf('npm install && npm start')).toBeLessThan(400);
    const headingsBefore = readme.slice(0, readme.indexOf('npm test')).match(/^## /gm) ?? [];
    expect(headingsBefore).toHaveLength(1);
  });
});
