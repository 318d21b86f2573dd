import { describe, expect, it } from 'vitest';
import { CommandSyntaxError, parseCommand, parsePeriod } from '../../src/commands/grammar.js';

describe('the command grammar shared by chat and the CLI', () => {
  it.each([
    ['watch', 'person "Rohan Varma" aka 罗汉 at Meta', { name: 'watch', target: { kind: 'person', name: 'Rohan Varma', aliases: ['罗汉'], orgs: ['Meta'], strict: false } }],
    [
      'watch',
      'person Rohan Varma aka "R. Varma" aka 罗汉 at Meta at OpenAI strict',
      { name: 'watch', target: { kind: 'person', name: 'Rohan Varma', aliases: ['R. Varma', '罗汉'], orgs: ['Meta', 'OpenAI'], strict: true } },
    ],
    ['watch', 'person  “Chi-Hao   Wu”', { name: 'watch', target: { kind: 'person', name: 'Chi-Hao Wu', aliases: [], orgs: [], strict: false } }],
    ['watch', 'person 「吴启豪」 at 元', { name: 'watch', target: { kind: 'person', name: '吴启豪', aliases: [], orgs: ['元'], strict: false } }],
    ['watch', 'ORG Meta Superintelligence Labs aka MSL', { name: 'watch', target: { kind: 'org', name: 'Meta Superintelligence Labs', aliases: ['MSL'] } }],
    ['watch', 'person "Ada At Large" at Meta', { name: 'watch', target: { kind: 'person', name: 'Ada At Large', aliases: [], orgs: ['Meta'], strict: false } }],
    ['unwatch', 'Rohan   Varma', { name: 'unwatch', target: 'Rohan Varma', kind: null }],
    ['unwatch', 'org OpenAI', { name: 'unwatch', target: 'OpenAI', kind: 'org' }],
    ['watchlist', '', { name: 'watchlist' }],
    ['recent', '', { name: 'recent', days: null, subject: null, person: null, org: null }],
    ['recent', '2w Meta', { name: 'recent', days: 14, subject: 'Meta', person: null, org: null }],
    ['recent', 'Chi-Hao Wu', { name: 'recent', days: null, subject: 'Chi-Hao Wu', person: null, org: null }],
    ['sources', '', { name: 'sources', action: 'list' }],
    ['sources', 'add <https://feeds.example/ai.xml|feeds.example/ai.xml>', { name: 'sources', action: 'add', url: 'https://feeds.example/ai.xml' }],
    ['sources', 'remove https://feeds.example/ai.xml', { name: 'sources', action: 'remove', url: 'https://feeds.example/ai.xml' }],
    ['/labwatch', 'help', { name: 'help' }],
  ])('/%s %s', (command, text, expected) => {
    expect(parseCommand(command, text)).toEqual(expected);
  });

  it.each([
    ['watch', 'Rohan Varma', /a person or an org/],
    ['watch', 'planet Mars', /a person or an org/],
    ['watch', 'person <!channel>', /cannot contain <, >, @/],
    ['watch', 'person <@U123ABC> aka x', /cannot contain/],
    ['watch', 'person @everyone', /cannot contain/],
    ['watch', 'person A', /too short to match safely/],
    ['watch', 'person 🚀🚀', /emoji/],
    ['watch', 'person "Rohan Varma', /quote is not closed/],
    ['watch', 'person Rohan Varma aka', /"aka" needs a name/],
    ['watch', 'org Meta strict', /people only/],
    ['watch', `person ${'x'.repeat(130)}`, /longer than 120/],
    ['watch', `person ${'Ana '.repeat(300)}`, /longer than 1000/],
    ['unwatch', '', /who or what/],
    ['recent', '400d', /not a period/],
    ['sources', 'add javascript:alert(1)', /only http\(s\)/],
    ['sources', 'add not-a-url', /is not a URL/],
    ['sources', 'purge', /not a sources action/],
    ['labwatch', 'dance', /not a labwatch command/],
  ])('/%s %s is refused in one line', (command, text, message) => {
    let error: unknown;
    try {
      parseCommand(command, text);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CommandSyntaxError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it.each([
    ['7d', 7],
    ['2w', 14],
    ['30', 30],
    ['48h', 2],
    ['0d', null],
    ['soon', null],
  ])('period %s is %s days', (text, days) => {
    expect(parsePeriod(text)).toBe(days);
  });
});
