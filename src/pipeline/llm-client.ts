import { z } from 'zod';
import { LabwatchError } from '../errors.js';
import type { ModelPrompt } from '../match/llm/prompt.js';

/** An OpenAI-compatible chat endpoint: a hosted API, or a local Ollama or vLLM. */
export interface ModelEndpoint {
  baseUrl: string;
  model: string;
  /** Sent as a bearer token; null for local servers that need none. Never logged. */
  apiKey: string | null;
  timeoutMs: number;
}

export type ModelFailure = 'timeout' | 'rate-limited' | 'server' | 'refused' | 'network' | 'garbage';

/** The model could not be asked; the rules read the item alone. */
export class ModelUnavailableError extends LabwatchError {
  override name = 'ModelUnavailableError';
  constructor(
    readonly failure: ModelFailure,
    message: string,
  ) {
    super(message);
  }
}

const completion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });

/** Asks for one chat completion and returns the model's text; every failure is a ModelUnavailableError. */
export async function complete(endpoint: ModelEndpoint, prompt: ModelPrompt): Promise<string> {
  const url = new URL('chat/completions', endpoint.baseUrl.endsWith('/') ? endpoint.baseUrl : `${endpoint.baseUrl}/`);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}) },
      body: JSON.stringify({
        model: endpoint.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: prompt.system },
          { role: 'user', content: prompt.user },
        ],
      }),
      signal: AbortSignal.timeout(endpoint.timeoutMs),
    });
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new ModelUnavailableError('timeout', `no answer within ${endpoint.timeoutMs} ms`);
    throw new ModelUnavailableError('network', `cannot reach ${url.origin} (${(err as Error & { cause?: { code?: string } }).cause?.code ?? (err as Error).message})`);
  }
  let body: string;
  try {
    body = await res.text();
  } catch {
    throw new ModelUnavailableError('timeout', `the answer did not finish within ${endpoint.timeoutMs} ms`);
  }
  if (res.status === 429) throw new ModelUnavailableError('rate-limited', `rate limited (HTTP 429${res.headers.get('retry-after') ? `, retry after ${res.headers.get('retry-after')} s` : ''})`);
  if (res.status >= 500) throw new ModelUnavailableError('server', `the server failed (HTTP ${res.status})`);
  if (!res.ok)
    throw new ModelUnavailableError(
      'refused',
      `refused (HTTP ${res.status}${res.status === 401 ? ': check the API key variable' : res.status === 404 ? `: is ${endpoint.model} served at ${url.origin}?` : ''})`,
    );
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ModelUnavailableError('garbage', 'the reply is not JSON');
  }
  const parsed = completion.safeParse(json);
  if (!parsed.success) throw new ModelUnavailableError('garbage', 'the reply has no choices[0].message.content');
  return parsed.data.choices[0]!.message.content;
}
