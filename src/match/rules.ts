/**
 * The recogniser's rules, by name. Each rule's code lives where its stage is read (names.ts finds
 * names, sentence-reader.ts answers who and where, recognize.ts reads a sentence and the article);
 * this table says what each one is, and every decision is recorded as a `RuleEvent` under its id,
 * so `labwatch explain` can show each rule that fired or blocked.
 */
export type RuleStage = 'names' | 'event' | 'subject' | 'ends' | 'status' | 'block' | 'article';

export interface Rule {
  lang: 'en' | 'zh' | 'any';
  stage: RuleStage;
  /** What in the text it looks at. */
  matches: string;
  /** What it adds to, or takes from, a move. */
  yields: string;
}

export const RULES = {
  trigger: { lang: 'any', stage: 'event', matches: 'a move word of the lexicon ("left", "joins", "离职", "任命")', yields: 'an event (departure, join, …) and a shape' },
  'event.held-now': {
    lang: 'en',
    stage: 'event',
    matches: 'a post held now ("now runs", "now leads") with no origin elsewhere told in the sentence or the article',
    yields: 'no move: someone who runs a group may have run it for years',
  },
  'end.company-ref': {
    lang: 'any',
    stage: 'ends',
    matches: 'a join to "the company" / "这家公司" with no org, after a sentence that names the org acting; "has left the university to join the company"',
    yields: 'that org: from the sentence before, the org acting (not one people come from, nor one someone is former of); in the sentence, the last org of that kind named before',
  },
  'end.poster': {
    lang: 'en',
    stage: 'ends',
    matches: 'a join told in a company\'s own post ("Mistral AI on LinkedIn: Welcome to the team, X!", "X joins us from Meta") with no org joined',
    yields: 'the org that posts it as the destination',
  },
  'event.shorthand': {
    lang: 'any',
    stage: 'event',
    matches:
      'a scoop\'s shorthand with no move word: a person, "to" and an org with nothing after but a source ("Scoop: Meta\'s Lena Vogt to Anthropic, per two people familiar"); a list\'s line, a person, a dash and "Org to Org" ("• Maren Okafor – Google DeepMind to Anthropic"); a row of a table whose header names its columns ("Name | From | To | Role", "姓名 | 原单位 | 新单位", cells parted by bars or tabs)',
    yields: "a move to that org, a departure from the org the person is named by (or the first org of the line, or the row's from cell; a departure where its to cell names no org)",
  },
  'article.headline-mover': {
    lang: 'any',
    stage: 'article',
    matches:
      'a headline\'s move told of someone it does not name ("腾讯混元多模态负责人加盟字节Seed"), an article that reads no move of anyone, and one person (not a speaker) named in the sentences that name the org they come from',
    yields: "that person's move, the headline's ends",
  },
  'event.card': {
    lang: 'any',
    stage: 'event',
    matches:
      'a fact card of labelled lines: a person\'s line ("Person: X", "姓名：X") and one saying where they go or came from ("New role: chief scientist, Tencent Hunyuan", "原职务：…", "Move: Google DeepMind → xAI")',
    yields: "a join from the previous line's org to the new line's, with the new post; or, for a move the article told of that person, the origin, destination or post it lacks",
  },
  'event.switch': { lang: 'any', stage: 'event', matches: 'a join with an origin and a switch word ("moves to", "转投")', yields: 'the event becomes a departure to the new org' },
  'event.tenure': { lang: 'any', stage: 'event', matches: 'a leave and a join of the same org about one person', yields: 'the join is their tenure, the move a departure' },
  'subject.speaker': {
    lang: 'en',
    stage: 'subject',
    matches: 'a subject pronoun after a verb of saying, right before the move word ("X, who founded xAI with Y, said that he had left")',
    yields: 'the person the sentence opens with, who is speaking, not the nearest name',
  },
  'subject.described': {
    lang: 'zh',
    stage: 'subject',
    matches: 'a move word inside a description (…的) right before a name, with nobody before it ("刚刚从DeepSeek加入小米的研究员X在发布会上表示")',
    yields: 'the person described',
  },
  'subject.agent': {
    lang: 'en',
    stage: 'subject',
    matches:
      'the person after "by" in a founding told as a participle ("a new startup founded by ex-OpenAI engineer X"), or in a team\'s new lead ("will be led on an interim basis by her deputy, X")',
    yields: 'that person (and any listed with them) as who moved',
  },
  'subject.quoted': {
    lang: 'any',
    stage: 'subject',
    matches:
      'a move told in the first person (or with its "I\'m" left out: "Excited for what\'s next at …") inside a quote, with who said it named right after or before it, the quote perhaps opened sentences before ("“today was my last day at OpenAI,” X wrote", "X在朋友圈写道：“我已离开…”", "X posted on LinkedIn: “Bittersweet day. … my time at OpenAI has come to an end.")',
    yields: 'the person quoted',
  },
  'subject.aside': {
    lang: 'en',
    stage: 'subject',
    matches: 'a person named inside an aside about the person before ("X, who worked with Y at Google, has joined Cohere")',
    yields: 'not a subject: the move is of the person the aside is about',
  },
  'subject.before': { lang: 'any', stage: 'subject', matches: 'the nearest person before the move word', yields: 'the person who moved' },
  'subject.list': {
    lang: 'any',
    stage: 'subject',
    matches: 'people joined by list words, with glosses or titles between ("A, B, and C", "A、副总裁B")',
    yields: 'each as a person who moved',
  },
  'subject.also': { lang: 'any', stage: 'subject', matches: '"including", "along with", "还有", "包括" after the move', yields: 'the people listed there' },
  'subject.object': { lang: 'any', stage: 'subject', matches: 'the person after an active hire, appointment or dismissal ("Meta hired X", "腾讯任命X")', yields: 'the person who moved' },
  'subject.pronoun': {
    lang: 'any',
    stage: 'subject',
    matches:
      '"he", "she", "他", "她", or a noun used so ("the researcher", "该高管") before a move word with no named person, after a sentence that names exactly one; or "both", "all three", "两人" after a sentence that tells the moves of several; or 前者/后者 opening a clause after a list of two; or a Chinese surname alone opening a clause ("方将加入") after a move of the one person of that surname',
    yields: 'that person, or those movers',
  },
  'subject.elided': {
    lang: 'en',
    stage: 'subject',
    matches: 'a verb after ", and" with no subject of its own, after a person named as an object ("X is handing the CEO role to Y, and will become chairman")',
    yields: 'the subject of the verb before',
  },
  'subject.signed': {
    lang: 'any',
    stage: 'subject',
    matches:
      'a move in the first person ("I\'ve joined Thinking Machines Lab") with nobody named, in an item signed at its end ("— Nadia Brooks", "——宋立"), by a byline or a poster, or an interview whose headline names one guest ("专访｜…贺知行谈…")',
    yields: 'the signer (the guest, in an interview)',
  },
  'subject.asked': {
    lang: 'any',
    stage: 'subject',
    matches: 'a move in the second person ("You left Google for Anthropic", "你上个月从字节跳动离职") on a question\'s line ("Q:", "问：", "记者：")',
    yields: 'the one named by the label of the answer after it',
  },
  'names.surname': {
    lang: 'en',
    stage: 'names',
    matches: 'a lone surname ("Raman\'s departure") of a person the article names in full, watched or not',
    yields: 'that person (a watched surname counts as their name)',
  },
  'names.gloss': {
    lang: 'zh',
    stage: 'names',
    matches: 'a Chinese name the article glosses with a Latin one in parentheses ("龐若鳴（Ruoming Pang）"), in any of its sentences',
    yields: 'that person under the Latin name (the gloss itself is no second person), so English and Chinese reports of a move meet',
  },
  'names.speaker': {
    lang: 'en',
    stage: 'names',
    matches: 'a transcript\'s speaker label in capitals opening a line ("RHEA CASTELLANO: …", "DANA OKAFOR (xAI): …") that reads as a name in title case',
    yields: 'that person, named in title case, so a first-person answer under the label is theirs',
  },
  'names.shortened': {
    lang: 'en',
    stage: 'names',
    matches: 'a name that cuts short at its end a watched one the article names in full ("Ana García" beside "Ana García-López")',
    yields: 'the watched person, so one move is not told twice under two names',
  },
  'names.given': {
    lang: 'en',
    stage: 'names',
    matches: 'a lone given name ("Leila joins us from Google DeepMind") of the one person the article names in full with it',
    yields: 'that person',
  },
  'subject.successor': {
    lang: 'any',
    stage: 'subject',
    matches: 'the person who takes a post: "X will be replaced by Y", "Y succeeds X", "Y接替X"',
    yields: 'a promotion (a join, from an org named about them) to the org the other leaves',
  },
  'event.reorg': {
    lang: 'any',
    stage: 'event',
    matches: '"担任" in an article whose headline or lead tells of a reorganisation ("组织架构调整"); any new post after "继续", "目前", "will continue"',
    yields: 'an appointment (promotion); elsewhere, or after a word of going on, a role held, no move',
  },
  'event.unnamed-destination': {
    lang: 'any',
    stage: 'event',
    matches: 'a join from a named org to one the article does not name ("has joined a stealth startup", "加入一家初创公司")',
    yields: 'a departure from the named org',
  },
  'event.founded-after': {
    lang: 'any',
    stage: 'event',
    matches:
      'after a departure told of someone, "她创办的…公司" in a later sentence ("两个月后，她创办的AI陪伴公司完成了首轮融资"); a post at a company spun out ("has spun out … as an independent company, …, which will be led by X"), or at 新公司 after 分拆',
    yields: 'a founding: the company they left to start (a departure where the post is at "the new company")',
  },
  'event.vacancy': {
    lang: 'en',
    stage: 'event',
    matches: 'a departure in a time clause after an appointment of someone else ("named X interim head after Y left for Google")',
    yields: "Y's departure, news with the appointment it made room for (not biography)",
  },
  'end.coreference': {
    lang: 'en',
    stage: 'ends',
    matches: '"the company\'s", "the startup\'s" before a person\'s title, with an org named earlier in the sentence',
    yields: 'that org as where the person works (the origin of a join or departure)',
  },
  'event.return': {
    lang: 'any',
    stage: 'event',
    matches: 'a departure and a return of the same person ("离开DeepSeek，回到清华大学任教", "has left Meta and is returning to Google")',
    yields: 'one return, from the org left to the org gone back to',
  },
  'end.earlier-hire': {
    lang: 'any',
    stage: 'ends',
    matches: 'a join from an org with no destination, after the article told a join from that org ("a string of hires from OpenAI, following A and B")',
    yields: 'the destination of that earlier join',
  },
  'article.came-from': {
    lang: 'any',
    stage: 'article',
    matches:
      'an appointment, then the next sentence telling where the person came from ("X spent eleven years at Meta", "曾在谷歌"); or a join after a sentence telling it ("X spent four years at Google. She started a new job at Perplexity.")',
    yields: 'a join from that org',
  },
  'end.successor': {
    lang: 'any',
    stage: 'ends',
    matches: 'a departure with no origin, of the one a successor replaces ("Kowalski succeeds Hale, who is stepping down"), the successor\'s org known',
    yields: 'that org as the origin',
  },
  'event.founded': {
    lang: 'any',
    stage: 'event',
    matches: 'a departure and a founding done, not planned, in one sentence ("离职，并共同创立了一家公司", "left Google and co-founded Nimbus")',
    yields: 'one founding, from the org left',
  },
  'event.arrow-founding': {
    lang: 'any',
    stage: 'event',
    matches: 'a newsletter\'s arrow to a company of the person\'s own ("Ana Ruiz: Meta → own startup", "宋立：阿里巴巴 → 创业")',
    yields: 'a founding, from the org before the arrow',
  },
  'end.return': { lang: 'any', stage: 'ends', matches: 'a return with no destination, from an org the person left ("who left Anthropic … has returned")', yields: 'that org as the destination' },
  'event.arrival': { lang: 'any', stage: 'event', matches: 'a departure from no org named, to an org named ("is stepping down from his chair at Oxford to join OpenAI")', yields: 'a join there' },
  'subject.cleft': { lang: 'zh', stage: 'subject', matches: 'a cleft that tells the move first: "本月加盟字节跳动的，是前阿里研究员X"', yields: 'the person named after 的是' },
  'subject.noun': { lang: 'en', stage: 'subject', matches: 'a move told as a noun: "the departure of X", "X\'s exit"', yields: 'the person who moved' },
  'end.object': { lang: 'any', stage: 'ends', matches: 'the org right after the move word in its clause', yields: 'origin (leave) or destination (join)' },
  'end.connector': {
    lang: 'any',
    stage: 'ends',
    matches: '"from"/"从" or "for"/"to join"/"加入" before an org; "his new employer"/"新东家" (where a leaver went); a stint that ends with the move ("after two weeks at")',
    yields: 'origin or destination',
  },
  'end.respectively': {
    lang: 'any',
    stage: 'ends',
    matches: 'a list of movers and a list of orgs as long, told "respectively" ("两人分别加入了阿里巴巴和DeepSeek", "joined Google and Meta, respectively")',
    yields: 'each mover the org in the same place of its list',
  },
  'end.hirer': { lang: 'any', stage: 'ends', matches: 'the org before an active hire or dismissal', yields: 'destination (hire) or origin (dismissal)' },
  'end.its-staff': {
    lang: 'zh',
    stage: 'ends',
    matches: '其 right after a hire verb in a later clause ("谷歌…获得Windsurf的授权，并招揽其CEO X")',
    yields: 'the org named last as the origin, the one named before it as the hirer',
  },
  'end.before': {
    lang: 'any',
    stage: 'ends',
    matches: 'an org before the move word when none follows it ("腾讯首席财务官X离职", "Meta\'s X is leaving")',
    yields: 'origin (leave) or where a role is (promotion)',
  },
  'end.attributive': { lang: 'any', stage: 'ends', matches: 'an org just before the person or in an apposition ("Meta researcher X")', yields: 'origin' },
  'end.described-elsewhere': {
    lang: 'any',
    stage: 'ends',
    matches:
      'a join with no origin: the org another lead sentence describes the person by ("X, one of the leaders of OpenAI\'s Sora, said"), or a return\'s biography ("who left Google to co-found Character.AI")',
    yields: 'origin',
  },
  'end.other-org': { lang: 'any', stage: 'ends', matches: 'a switch with one other org in the sentence', yields: 'origin' },
  'end.along-with': {
    lang: 'any',
    stage: 'ends',
    matches: 'people added to a move ("along with Luke Metz", "还有…") with no origin of their own',
    yields: 'the origin of the one they move with, where both go to one org',
  },
  'end.uncatalogued': {
    lang: 'any',
    stage: 'ends',
    matches:
      'a capitalised name the catalog does not know, right after a join word or a "to join"/"for" connector, or after "at" in the apposition of someone hired, that the words after it call a company ("Harvey, the legal AI startup"; 一家名为“X”的…公司; X（一家…公司）)',
    yields: 'that company as the destination (or, in the apposition, the origin)',
  },
  'end.new-company': {
    lang: 'any',
    stage: 'ends',
    matches: 'a capitalised name, or a quoted one after 名为, right after a founding word, of no org the catalog knows ("has founded Tessellate Robotics, a startup …")',
    yields: 'the founding goes to that company',
  },
  'end.same-post': {
    lang: 'any',
    stage: 'ends',
    matches: 'a departure from a post named before the person ("CTO Barret Zoph") with no org, and one other person given that post at an org in the article',
    yields: 'the departure is from that org',
  },
  'end.antecedent': {
    lang: 'any',
    stage: 'ends',
    matches: 'a move whose person a pronoun or an epithet ("the engineer", "这位90后") refers to, with no origin, after a sentence that names one org with them',
    yields: 'the origin is that org',
  },
  'end.apposition': { lang: 'any', stage: 'ends', matches: 'an org described by another ("OpenAI rival Anthropic", "Google-backed X")', yields: 'the described org, not the describing one' },
  'role.held': {
    lang: 'any',
    stage: 'ends',
    matches: 'a title the person is named by, with no post the move tells ("Xiaomi\'s head of large models, X, has left", "communications chief X is stepping down", "百度副总裁X卸任")',
    yields: 'the role of a departure: the post left',
  },
  'role.successor': {
    lang: 'any',
    stage: 'ends',
    matches: 'a successor with no post of their own told ("X will step back from the role … X will be succeeded by Y")',
    yields: 'the role: the post the one they succeed leaves',
  },
  'end.aside': {
    lang: 'any',
    stage: 'ends',
    matches: 'an org left in a biographical aside ("who left OpenAI in June"), or a stint a clause before tells ("After six years at Google,", "在谷歌工作两年后")',
    yields: 'origin',
  },
  'end.former': {
    lang: 'any',
    stage: 'ends',
    matches: 'an org after "former", "ex-", "前" before the person of a new role ("former Meta executive X will serve as …")',
    yields: 'origin, and the move is a join; such an org is never where a promotion is',
  },
  'end.same-org': { lang: 'any', stage: 'ends', matches: 'origin and destination that are one org', yields: 'the end that contradicts the event is dropped' },
  'end.headline': {
    lang: 'any',
    stage: 'article',
    matches: 'a move with no org at one end, in an article whose headline or lead names one org',
    yields: 'that org as origin (departure) or destination (join)',
  },
  'status.rumour': { lang: 'any', stage: 'status', matches: '"reportedly", "people familiar", "据悉", "据…报道"', yields: 'status rumoured' },
  'status.denial': {
    lang: 'any',
    stage: 'status',
    matches: '"denied", "否认", "not leaving", "are false" (not a past denial the sentence turns from: "此前曾否认…，但…已正式加盟", "Once denied, … became official")',
    yields: 'status denied',
  },
  'status.confirmed': {
    lang: 'any',
    stage: 'status',
    matches: 'a sentence with no move of its own that confirms the rumour told just before it ("阿里云方面证实了这一消息", "Cohere confirmed the move")',
    yields: 'status reported',
  },
  'status.correction': {
    lang: 'any',
    stage: 'status',
    matches:
      'a move told as fact before or after a denied one to another org ("An earlier version said X had joined Google DeepMind. He joined Anthropic."), or confirmed after a denial ("had denied reports that she was leaving Meta. On Monday she confirmed she has joined OpenAI")',
    yields: 'the reported move, in place of the denied one',
  },
  'block.no-subject': { lang: 'any', stage: 'block', matches: 'a move word with no person it can be about', yields: 'nothing' },
  'block.past': { lang: 'any', stage: 'block', matches: '"previously", "曾", "after joining" before the move word in its clause', yields: 'the move word is biography' },
  'block.year': {
    lang: 'any',
    stage: 'block',
    matches: 'a year before the item\'s, in the move word\'s clause or a short clause leading into it ("In 2016, …")',
    yields: 'the move word is biography',
  },
  'block.noun-form': {
    lang: 'en',
    stage: 'block',
    matches: 'a hiring verb used as a noun, with who made them ("a string of hires X has made") or as a plural subject ("the big names are in place")',
    yields: 'no move: the person is the hirer or unnamed',
  },
  'block.recap': {
    lang: 'any',
    stage: 'block',
    matches:
      'a plural move noun listing people in the past, after the article has told a named move ("Departures this year have included …"); any move of an article whose headline looks back ("A timeline of …", "The year in …", "盘点"), unless its sentence tells it as just now; a line that links to an earlier story ("Related: …", "相关阅读：…")',
    yields: 'no move: earlier moves told as background to the news',
  },
  'block.time-clause': { lang: 'any', stage: 'block', matches: '"after/before/when … joining", "在…后", "回归腾讯后的"', yields: 'the move word sets a time, it is not news' },
  'block.relative-clause': {
    lang: 'any',
    stage: 'block',
    matches: '"X, who left OpenAI, …", "由X创立的公司", "离职的高管们"',
    yields: 'the move word describes someone or something; it reports no move',
  },
  'block.gerund': { lang: 'en', stage: 'block', matches: 'a move word in -ing after a preposition ("her essay about leaving Baidu")', yields: 'the move word names an act; it reports none' },
  'block.temporary': {
    lang: 'any',
    stage: 'block',
    matches: '"parental leave", "sabbatical", "休假" in the clause; or a soft departure ("steps back", "his departure") of someone the article puts on leave',
    yields: 'a departure is a pause, not a move',
  },
  'block.object': {
    lang: 'any',
    stage: 'block',
    matches:
      '"leave", "return to", "join", 离开, 加入 whose object is no org, no workplace and nobody ("left the audience stunned", "returns to the question", "joined a fireside chat", "离开舒适区", "加入了…讨论"); a post word for leading a project the clause before names ("…项目，由X掌舵")',
    yields: 'the verb is not a move',
  },
  'block.stays': {
    lang: 'any',
    stage: 'block',
    matches:
      'a departure from a post by someone the sentence keeps in another ("辞去执行董事职务，但将继续担任首席科学家", "steps down as CEO but will remain chief scientist"); not when what they keep is an advisory or board seat',
    yields: 'no departure',
  },
  'block.negated': {
    lang: 'any',
    stage: 'block',
    matches: '"not", "never", "n\'t", "未", "没有", "并不在" right before the move word ("has not left", "never joined", "并未加盟"); not "did not leave until"',
    yields: 'the move did not happen',
  },
  'block.hypothetical': {
    lang: 'any',
    stage: 'block',
    matches:
      '"threatened to", "considering", "if", "考虑" just before the move word; fiction anywhere in the sentence ("in the film", "剧中"); a question whether it happens ("Is X about to leave Google?", "…吗？")',
    yields: 'the move did not happen',
  },
  'block.theme-join': { lang: 'any', stage: 'block', matches: 'joining the org an article is about people leaving', yields: 'the join is history' },
  'article.off-topic': {
    lang: 'any',
    stage: 'article',
    matches: 'an item with two or more words of sports news ("midfielder", "俱乐部") and no org of the catalog',
    yields: 'no moves: a transfer there is nobody at an AI lab',
  },
  'article.theme': { lang: 'any', stage: 'article', matches: 'a lead that reports departures from one org without naming anyone', yields: "the article's theme" },
  'article.tenure': { lang: 'any', stage: 'article', matches: 'a tenure at the theme org ("在Meta工作八年"), in an article about leaving it', yields: 'a departure (inferred)' },
  'article.same-org': {
    lang: 'any',
    stage: 'article',
    matches: 'a new post named with no org, after a move the article told ("X已加入字节跳动，出任Seed负责人。原负责人Y将转任顾问")',
    yields: 'a promotion at the org where that move went (after a departure, at the org it leaves: the successor fills the post vacated)',
  },
  'article.told-origin': {
    lang: 'any',
    stage: 'article',
    matches:
      'a departure that names nobody ("X has lost another founding member"), then a move of a named person with no origin; or a headline hire that names nobody ("xAI hires Apple\'s Siri engineering lead"), then a join to where it went; or "The latest is X" after a named departure',
    yields: 'the org of the loss, of the one hired, or of the leaver before, as their origin',
  },
  'article.named-later': {
    lang: 'any',
    stage: 'article',
    matches: 'a clause describing a move ("由A和B共同创办的Elorian") after a sentence that tells that move without names',
    yields: 'the move, for the people the clause names',
  },
  'names.namesake': {
    lang: 'any',
    stage: 'names',
    matches:
      'a watched surname alone with another given name before it ("Michael Lin" for a watch on Sarah Lin), or in an article that names such a namesake and not the watched person in full; a watched surname opening an org\'s name ("Okonkwo Labs") or written lower-case ("the baker"); a Chinese name one character longer than a watched one, a clause opening after it ("宋立新已离职" beside a watch on 宋立)',
    yields: 'no mention of the watched person there (the namesake is found as a name of their own)',
  },
  'names.romanised': {
    lang: 'zh',
    stage: 'names',
    matches: 'a Chinese name found in the text that romanises to a person watched by a pinyin name ("唐一帆" for a watch on "Tang Yifan")',
    yields: 'that watched person, the alert naming them as the text writes them too ("Tang Yifan (唐一帆)": one pinyin spelling stands for many names)',
  },
  'article.post-holder': {
    lang: 'en',
    stage: 'article',
    matches:
      'after a departure whose subject is a post and no name ("Stability AI\'s chief executive is to step down"), a sentence opening with a name and an aside of taking or holding a post ("X, who took the top job in 2024, will stay on")',
    yields: "a departure of that person from the post's org, with the post as its role",
  },
  'article.list': {
    lang: 'any',
    stage: 'article',
    matches: 'a sentence listing people ("Among them are…", "其中包括…") after one that tells a move without names; or the lines under one that ends in a colon, each opening with a name',
    yields: "that move, for each person listed (an entry's own org is where a hire came from)",
  },
  'event.acquired': {
    lang: 'any',
    stage: 'event',
    matches: 'a new post taken by a founder ("Relay\'s founder and CEO, X", "创始人X") in an article whose lead tells of an acquisition ("has acquired", "收购", "整体并入")',
    yields: 'a join (the founder comes from the company bought), not a promotion',
  },
  'end.acquired': {
    lang: 'any',
    stage: 'article',
    matches: 'a join with no origin in an article whose lead tells of a deal for a company it names ("Lumen Labs, a two-year-old startup", "创业公司灵犀智能的收购"), known to the catalog or not',
    yields: 'the company bought or licensed, as the origin',
  },
  'article.same-move': {
    lang: 'any',
    stage: 'article',
    matches: 'a sentence with no move word that says its person "made the same move" ("followed suit", "做出了同样的选择") after one that tells a named move',
    yields: 'that move for the person (their own org in the sentence, if any, as the origin)',
  },
  'event.section': {
    lang: 'any',
    stage: 'event',
    matches:
      'a line with no move word under a newsletter\'s heading of moves ("HIRES", "## Left", "【离职】", "Promotions"), a person and an org ("- Hana Sato, Microsoft AI"; "**Anthropic**: Dev Patel (from Stripe)")',
    yields:
      "the heading's move for each person on the line: the org an origin word (from, ex-, previously at, 原) introduces is where they came from, the other org the one they join, leave or are promoted at",
  },
  'article.next-stop': {
    lang: 'any',
    stage: 'article',
    matches:
      'a sentence that is only a destination, labelled as the next stop ("I\'ve left Google. Next stop: Anthropic.", "下一站：腾讯") or answering a question where to ("Where\'s she headed? OpenAI, sources say."), right after a departure told with none',
    yields: 'that destination for the leaver (a rumour where the answer gives an unnamed source)',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** One decision a rule took while reading a sentence. */
export interface RuleEvent {
  rule: RuleId;
  outcome: 'fired' | 'blocked';
  /** The words it looked at (a trigger, a name, an org). */
  at: string;
  detail?: string;
}

export function describeEvent(e: RuleEvent): string {
  return `${e.outcome} ${e.rule} at "${e.at}"${e.detail ? `: ${e.detail}` : ''}`;
}
