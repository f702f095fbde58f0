// The QTI export checked with xmllint (libxml2): every manifest against the IMS Content
// Packaging 1.1.4 schema (imscp_v1p1.xsd, vendored unchanged), every item file against the
// QTI 2.1 export profile (qti21-export-profile.xsd; see schemas/README.md for why it is a
// profile and not yet IMS's imsqti_v2p1.xsd). --nonet: nothing is fetched.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { quizToQti } from '../../core/exports/qti.ts';
import { formatCheckQuizzes } from './launch-quizzes.ts';

const run = promisify(execFile);
const schemas = join(import.meta.dirname, 'schemas');
const CONTENT_PACKAGING = join(schemas, 'imscp_v1p1.xsd');
const QTI_PROFILE = join(schemas, 'qti21-export-profile.xsd');

const work = await mkdtemp(join(tmpdir(), 'crosscheck-qti-'));
after(() => rm(work, { recursive: true, force: true }));

/** Runs xmllint on `files` against `schema`; returns the files it did not find valid, with its messages. */
async function invalid(schema: string, files: string[]): Promise<string> {
  try {
    await run('xmllint', ['--noout', '--nonet', '--schema', schema, ...files], { maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    return (error as { stderr?: string }).stderr ?? String(error);
  }
}

/** Writes every quiz's package to the work folder; returns the manifest and item paths. */
async function writePackages(): Promise<{ manifests: string[]; items: string[] }> {
  const manifests: string[] = [];
  const items: string[] = [];
  for (const quiz of await formatCheckQuizzes()) {
    for (const file of quizToQti(quiz)) {
      const path = join(work, quiz.id, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
      (file.path === 'imsmanifest.xml' ? manifests : items).push(path);
    }
  }
  return { manifests, items };
}

test('every QTI manifest is valid IMS Content Packaging 1.1 and every item matches the QTI 2.1 profile (xmllint)', async () => {
  const { manifests, items } = await writePackages();
  assert.equal(await invalid(CONTENT_PACKAGING, manifests), '');
  assert.equal(await invalid(QTI_PROFILE, items), '');
  console.log(`xmllint: ${manifests.length} manifests and ${items.length} items valid`);
});

test('the schemas do reject a broken file (the check can fail)', async () => {
  const item = join(work, 'broken-item.xml');
  await writeFile(
    item,
    '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="x" adaptive="false" timeDependent="false">' +
      '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>' +
      '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"/></assessmentItem>',
  );
  assert.match(await invalid(QTI_PROFILE, [item]), /responseDeclaration.*not expected/);
  const manifest = join(work, 'broken-manifest.xml');
  await writeFile(manifest, '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><resources><resource identifier="r"/></resources></manifest>');
  assert.match(await invalid(CONTENT_PACKAGING, [manifest]), /organizations|type/);
});
