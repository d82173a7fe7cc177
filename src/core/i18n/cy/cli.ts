import type { CLI_EN } from '../en/cli.js';
import type { CatalogueOf } from '../message.js';

export const CLI_CY: CatalogueOf<typeof CLI_EN> = {
  'cli.lang.unknown': "syslead: note: nid oes gan syslead eiriau ar gyfer --lang {lang} (mae'n siarad {known}): defnyddir yr iaith nesaf y mae'n ei gwybod",

  'cli.help.usage': 'Defnydd:',
  'cli.help.optionsPlaceholder': 'opsiynau',
  'cli.help.commandPlaceholder': 'gorchymyn',
  'cli.help.arguments': 'Ymresymiadau:',
  'cli.help.options': 'Opsiynau:',
  'cli.help.globalOptions': 'Opsiynau cyffredinol:',
  'cli.help.commands': 'Gorchmynion:',
  'cli.help.examples': 'Enghreifftiau:',
  'cli.help.choices': 'dewisiadau: {choices}',
  'cli.help.default': 'rhagosodiad: {value}',
  'cli.help.preset': 'heb werth: {value}',
  'cli.help.env': 'newidyn amgylchedd: {variable}',
  'cli.help.command': 'dangos cymorth ar gyfer gorchymyn',
  'cli.help.afterError': "(rhedwch gyda --help i weld sut i'w ddefnyddio)",
  'cli.usage.unknownOption': "error: opsiwn anhysbys '{option}'",
  'cli.usage.unknownCommand': "error: gorchymyn anhysbys '{command}'",
  'cli.usage.didYouMean': '(Ai {suggestion} oedd dan sylw?)',
  'cli.usage.didYouMeanOneOf': '(Ai un o {suggestions} oedd dan sylw?)',
  'cli.usage.missingArgument': "error: mae angen yr ymresymiad '{argument}'",
  'cli.usage.optionMissingArgument': "error: does dim gwerth i'r opsiwn '{option}'",
  'cli.usage.missingMandatoryOption': "error: mae angen yr opsiwn '{option}'",
  'cli.usage.tooManyArguments': 'error: gormod o ymresymiadau. Disgwylid {count} ymresymiad ond cafwyd {received}.',
  'cli.usage.tooManyArgumentsFor': "error: gormod o ymresymiadau i '{command}'. Disgwylid {count} ymresymiad ond cafwyd {received}.",
  'cli.usage.invalidOptionValue': "error: mae'r gwerth '{value}' i'r opsiwn '{option}' yn annilys. {reason}",
  'cli.usage.invalidArgumentValue': "error: mae'r gwerth '{value}' i'r ymresymiad '{argument}' yn annilys. {reason}",
  'cli.usage.allowedChoices': 'Y dewisiadau a ganiateir yw {choices}.',
  'cli.usage.wholeNumber': 'disgwylid rhif cyfan o {min} o leiaf',
  'cli.usage.percentagePoints': 'disgwylid nifer o bwyntiau canran (0 neu fwy)',

  'cli.failure.error': 'syslead: error: {message}',
  'cli.failure.internal': 'syslead: internal error: {message}',
  'cli.failure.bug': 'Nam yn syslead yw hwn. Rhedwch eto gyda SYSLEAD_DEBUG=1 i weld y manylion, a rhowch wybod amdano, os gwelwch yn dda.',

  'cli.program.description': "Hunanasesiad ar feddylfryd arweinyddiaeth systemau i bobl sy'n arwain ar draws ffiniau mewn gwasanaethau cyhoeddus.",
  'cli.program.version': "argraffu'r fersiwn",
  'cli.program.help': 'dangos cymorth ar gyfer gorchymyn',
  'cli.program.noColor': "peidio byth â lliwio'r allbwn (fel NO_COLOR=1)",

  'cli.opt.questionnaires': 'chwilio hefyd am holiaduron yn y ffolder hon (gellir ei roi fwy nag unwaith; fel $SYSLEAD_QUESTIONNAIRES)',
  'cli.opt.lang':
    'yr iaith y mae syslead yn ei siarad ac yn ysgrifennu adroddiadau ynddi: en neu cy; cy,en am adroddiad yn y ddwy, y Gymraeg yn gyntaf (rhagosodiad: $SYSLEAD_LANG, fel arall iaith yr holiadur, fel arall iaith y system; Saesneg lle nad oes gan syslead eiriau ar ei chyfer)',
  'cli.opt.paper': 'gyda --format pdf: y papur, a4 neu letter',
  'cli.opt.paperWithPdf': 'gyda --pdf: y papur, a4 neu letter',
  'cli.opt.forceOut': "gyda --out: disodli'r ffeil os yw'n bodoli",
  'cli.opt.map': 'map allforio YAML: pa eitem, rôl, ymatebydd ... sydd ym mhob colofn CSV, a beth yw ystyr gwerthoedd codedig yr allforiad (gweler syslead schema map)',
  'cli.opt.sheet': "ar gyfer llyfr gwaith xlsx (neu un mewn zip): darllen y ddalen hon (rhagosodiad: y gyntaf nad yw'n gudd)",
  'cli.opt.includeUnfinished':
    "darllen yr ymatebion y mae'r allforiad yn eu nodi'n anorffenedig (Qualtrics Finished 0, LimeSurvey heb Date submitted, REDCap heb y statws Complete); fel arfer cânt eu gadael allan a'u cyfrif",
  'cli.opt.questionnaireEveryInput': "darllen pob mewnbwn yn erbyn yr holiadur hwn (rhagosodiad: yr un a enwir gan bob ffeil atebion; i CSV, yr un y mae ei cholofnau'n cyfateb iddo)",
  'cli.arg.questionnaireIdOrFile': 'id holiadur (gweler syslead list) neu ffeil holiadur',

  'cli.run.summary': 'cymryd yr hunanasesiad yn y derfynell, un cwestiwn ar y tro',
  'cli.run.description':
    'Cymryd holiadur yn y derfynell (rhagosodiad: systems-leadership, sydd wedi\'i gynnwys), un cwestiwn ar y tro: mae bysell rif yn ateb, b yn mynd yn ôl, s yn hepgor, ? yn egluro\'r thema. Gyda --plain (y rhagosodiad pan fo TERM=dumb), ar gyfer darllenwyr sgrin a therfynellau syml, caiff pob cwestiwn ei argraffu unwaith a theipir yr un atebion fel llinellau. Caiff pob ateb ei gadw wrth i chi ei roi; mae Ctrl-C yn stopio, a --resume yn parhau yn nes ymlaen. Ar y diwedd caiff yr atebion eu cadw ar gyfer "syslead history" a "syslead compare", a chaiff yr adroddiad ei argraffu ar stdout; mewn terfynell, y crynodeb yn unig, yna dewis: darllen yr adroddiad llawn ($PAGER, fel arall less -R), ei gadw fel HTML neu PDF wrth ymyl y canlyniad, neu orffen. Mae angen terfynell: ar gyfer sgriptiau, defnyddiwch "syslead score".',
  'cli.run.arg.questionnaire': 'id holiadur neu ffeil YAML (rhagosodiad: systems-leadership)',
  'cli.run.opt.resume': "parhau â'r rhediad sydd ar y gweill heb ofyn",
  'cli.run.opt.plain':
    "ar gyfer darllenwyr sgrin a therfynellau syml: pob cwestiwn wedi'i argraffu unwaith fel llinellau plaen, ei atebion yn rhestr wedi'i rhifo, yr ateb wedi'i deipio fel llinell (rhif, neu b, s, ?); dim lliw, dim ail-lunio, dim dilyniannau escape. Y rhagosodiad pan fo TERM=dumb",
  'cli.run.opt.noPlain': "ail-lunio'r sgrin ac ateb ag un fysell hyd yn oed pan fo TERM=dumb",
  'cli.run.opt.subject': "am bwy y mae'r atebion (mae ffurflen arsylwr yn gofyn pan na chaiff ei roi)",
  'cli.run.opt.role': "ar ffurflen arsylwr, sut rydych chi'n gweithio gyda'r unigolyn (gofynnir pan na chaiff ei roi; self yw hunanasesiad bob amser)",
  'cli.run.opt.noInput': 'peidio byth â gofyn dim: gadael ag 2 ar unwaith (dylai sgriptiau ddefnyddio "syslead score")',
  'cli.run.opt.out': "ysgrifennu'r adroddiad i'r ffeil hon hefyd, yn fformat ei henw (.md, .json, .html, .pdf, fel arall testun)",
  'cli.run.opt.format': 'fformat yr adroddiad ar stdout ac yn --out: text, md, json, html neu pdf (yn --out; mae stdout wedyn yn dangos testun)',

  'cli.history.summary': "rhestru'ch canlyniadau a gadwyd gyda'u dyddiad a sgorau'r themâu, y diweddaraf yn gyntaf",
  'cli.history.description':
    "Rhestru'r canlyniadau a gadwyd gan \"syslead run\" (yn $SYSLEAD_HOME neu'r ffolder data arferol), y diweddaraf yn gyntaf, gyda'r dyddiad a sgôr pob thema. Heb holiadur, mae'n rhestru canlyniadau pob holiadur.",
  'cli.history.arg.questionnaire': "canlyniadau'r holiadur hwn yn unig (id neu ffeil YAML)",
  'cli.history.opt.json': "argraffu'r canlyniadau fel arae JSON o {questionnaire, file, completed, themes: [{id, title, percent, band}]}",

  'cli.compare.summary': 'dangos beth a newidiodd rhwng dau ganlyniad, fesul thema ac agwedd',
  'cli.compare.description':
    "Dangos y newid o ganlyniad cynharach i un diweddarach, fesul thema ac agwedd, gyda'i gyfeiriad a'i faint mewn pwyntiau canran. Heb ffeiliau, mae'n cymharu'r ddau ganlyniad diweddaraf a gadwyd o'r holiadur (rhagosodiad: systems-leadership).",
  'cli.compare.arg.results': 'dwy ffeil canlyniad, yn y naill drefn neu\'r llall: yr un a gwblhawyd gyntaf yw\'r "cyn" (gweler "syslead history")',
  'cli.compare.opt.questionnaire': 'yr holiadur (rhagosodiad: yr un a enwir gan y canlyniadau; heb ffeiliau, systems-leadership)',
  'cli.compare.opt.format': "text, md (Markdown), json neu html (tudalen hunangynhwysol gyda siartiau cyn ac ar ôl), neu pdf (y dudalen html wedi'i hargraffu i PDF gan Chromium, Chrome neu Edge)",
  'cli.compare.opt.reliability':
    "JSON adroddiad carfan (syslead report --format json) o'r un holiadur: barnu pob newid yn ôl mynegai newid dibynadwy Jacobson a Truax o'i alffa a gwyriad safonol y sgôr, lle mae'n eu rhoi (fel arall y rheol fras, gan ddweud hynny)",
  'cli.compare.opt.out': "ysgrifennu'r gymhariaeth i'r ffeil hon (yn atomig) yn lle stdout",

  'cli.score.summary': 'sgorio ffeiliau atebion neu allforiad arolwg: canlyniadau pob unigolyn fel testun terfynell, Markdown, JSON neu HTML',
  'cli.score.description':
    "Sgorio ffeiliau atebion (YAML neu JSON), allforiadau arolwg CSV (un ymatebydd i bob rhes, colofnau wedi'u paru ag eitemau yn ôl id neu destun) a ffolderi ohonynt, ac argraffu adroddiad ar gyfer pob un: y themâu yn eu trefn, y thema gryfaf, y maes twf, blaenoriaethau datblygu, myfyrio, cryfderau a meysydd twf, nodiadau a darllen pellach. Yr holiadur yw'r un a enwir ym mhob ffeil atebion (i CSV, yr un y mae ei cholofnau'n cyfateb iddo) oni roddir --questionnaire.\n\nCaiff problemau eu hargraffu fel FILE:LINE:COL: error: MESSAGE ar stderr; os oes gwall mewn unrhyw fewnbwn, ni chaiff adroddiad ei argraffu (gadael ag 1). Gyda --out-dir, caiff ffeil i bob ymatebydd a mynegai eu hysgrifennu; caiff rhes neu ffeil â gwall ei gadael allan a chaiff y lleill eu hysgrifennu (gadael ag 1 pan adawyd unrhyw un allan). Caiff ymatebion anorffenedig mewn allforiad eu gadael allan a'u cyfrif, gyda rhybudd (mae --include-unfinished yn eu darllen); dywedir ar stderr beth a ddaeth o resi pob ffeil CSV.",
  'cli.score.arg.inputs': 'ffeiliau atebion, allforiadau arolwg (.csv/.tsv, .xlsx, .zip o un), neu ffolderi ohonynt (mae "-" yn darllen stdin)',
  'cli.score.opt.questionnaire': "sgorio yn erbyn yr holiadur hwn (id neu ffeil YAML) yn lle'r un a enwir gan bob ffeil",
  'cli.score.opt.format':
    "text (ar gyfer y derfynell), md (Markdown), json (un gwrthrych, neu arae i sawl un) neu html (tudalen hunangynhwysol gyda siartiau), neu pdf (y dudalen html wedi'i hargraffu i PDF gan Chromium, Chrome neu Edge)",
  'cli.score.opt.out': "ysgrifennu'r adroddiad i'r ffeil hon (yn atomig) yn lle stdout",
  'cli.score.opt.outDir': "ysgrifennu ffeil adroddiad i bob ymatebydd yn y ffolder hon (caiff ei chreu os nad yw'n bodoli), gydag index.html (html) neu index.md",
  'cli.score.opt.nameBy': 'gyda --out-dir: enwi pob ffeil ar ôl y golofn CSV hon neu briodwedd y ffeil atebion (rhagosodiad: yr ymatebydd)',
  'cli.score.opt.force': "gyda --out neu --out-dir: disodli ffeiliau sy'n bodoli",

  'cli.report.summary': 'adroddiad carfan: ystadegau fesul thema, agwedd ac eitem, grwpiau a golygon 360, o ffeiliau atebion neu allforiadau arolwg',
  'cli.report.description':
    "Adrodd ar garfan o ffeiliau atebion (YAML neu JSON), ffolderi ohonynt ac allforiadau arolwg CSV (un ymatebydd i bob rhes, colofnau wedi'u paru ag eitemau yn ôl id neu destun): fesul thema ac agwedd n, cymedr, SD, lleiaf, canolrif, mwyaf, bandiau, alffa Cronbach, a fesul eitem n, cymedr, SD, coll, r.drop, alffa o'i hepgor ac amlder atebion, wedi'u cyfrifo fel y mae pecyn psych R yn ei wneud yn ddiofyn. Caiff rhesi a ffeiliau gwael eu hargraffu fel FILE:LINE:COL: error: MESSAGE ar stderr a'u hepgor: caiff yr adroddiad ei ysgrifennu o hyd, a'r cod gadael yw 1 (--strict: dim adroddiad). Caiff ymatebion anorffenedig eu gadael allan a'u cyfrif (mae --include-unfinished yn eu darllen). Dywedir ar stderr faint o resi pob ffeil CSV a ddarllenwyd, a sgoriwyd ac a hepgorwyd. Ni chaiff neb ei enwi oni roddir --per-respondent.",
  'cli.report.arg.inputs': 'ffeiliau atebion, ffolderi ohonynt, neu allforiadau arolwg: CSV, xlsx, neu zip o un (mae "-" yn darllen stdin, a adnabyddir wrth ei gynnwys)',
  'cli.report.opt.format':
    "text (ar gyfer y derfynell), md (Markdown), json, csv (rhes o sgorau i bob ymatebydd) neu html (tudalen hunangynhwysol gyda siartiau), neu pdf (y dudalen html wedi'i hargraffu i PDF gan Chromium, Chrome neu Edge)",
  'cli.report.opt.detail':
    "summary: y crynodeb mewn iaith glir yn unig (un neu ddwy dudalen A4; y rhagosodiad ar gyfer text, md a html); full: y crynodeb, yna'r ystadegau llawn fel atodiad (y rhagosodiad ar gyfer json a csv)",
  'cli.report.opt.out': "ysgrifennu'r adroddiad i'r ffeil hon (yn atomig) yn lle stdout",
  'cli.report.opt.strict': 'trin unrhyw res neu ffeil wael yn angheuol: dim adroddiad, gadael ag 1',
  'cli.report.opt.perRespondent': "ychwanegu sgorau thema ac agwedd pob ymatebydd, gyda'u henwau",
  'cli.report.opt.groupBy': "ystadegau fesul grŵp o'r golofn neu'r briodwedd hon (tîm, safle, rôl ...)",
  'cli.report.opt.minGroup': 'trothwy anhysbysrwydd: caiff grwpiau llai eu cyfuno yn "other", a\'u cuddio os ydynt yn dal yn llai',
  'cli.report.opt.title': 'y teitl ar frig yr adroddiad, ym mhob fformat',
  'cli.report.opt.programme': "y rhaglen y mae'r garfan arni, o dan y teitl",
  'cli.report.opt.date': 'y dyddiad neu\'r cyfnod y mae\'r adroddiad yn ymwneud ag ef, o dan y teitl (testun rhydd, e.e. "Tachwedd 2026")',
  'cli.report.opt.about': "ffeil YAML fach sy'n rhoi title:, programme: a date: (gweler syslead schema about); mae --title, --programme a --date yn drech na hi",
  'cli.report.opt.subject': "y golofn sy'n enwi am bwy y mae'r atebion, ar gyfer y golwg 360",
  'cli.report.opt.margin': '360: hunan uwchlaw (islaw) eraill o fwy na hyn o bwyntiau canran yw man dall (cryfder cudd)',

  'cli.evaluate.summary': "gwerthusiad rhaglen: newid y garfan rhwng dwy don, fesul thema ac agwedd, pobl wedi'u paru yn ôl colofn",
  'cli.evaluate.description':
    "Gwerthuso rhaglen o ddwy don o un holiadur (BEFORE ac AFTER, pob un yn ffeil neu ffolder o fewnbynnau fel ar gyfer report), gan baru pobl yn ôl colofn neu briodwedd (--match-by Email). Fesul thema ac agwedd, ar ganrannau o'r uchafswm posibl: y newid cymedrig gyda'i CI 95% (t pâr, fel t.test(paired = TRUE) R), d_z Cohen gyda'i CI (t anghanolog), a faint o bobl a newidiodd yn ddibynadwy (RCI Jacobson a Truax ar 1.96, o SD ac alffa BEFORE). Dywedir yn yr adroddiad ac ar stderr faint a barwyd, a pham na pharwyd y gweddill; mae unrhyw res a hepgorwyd yn rhoi 1. Ni chaiff neb ei enwi oni roddir --per-respondent.",
  'cli.evaluate.arg.before': 'y don gyntaf: ffeiliau atebion, ffolder ohonynt, neu allforiad arolwg (CSV, xlsx, neu zip o un)',
  'cli.evaluate.arg.after': 'yr ail don, fel BEFORE',
  'cli.evaluate.opt.matchBy': "y golofn neu'r briodwedd sy'n enwi'r un person yn y ddwy don (Email, respondent ...)",
  'cli.evaluate.opt.questionnaire': "darllen y ddwy don yn erbyn yr holiadur hwn (rhagosodiad: yr un y mae pob mewnbwn yn ei enwi neu'n cyfateb iddo)",
  'cli.evaluate.opt.map': 'map allforio YAML ar gyfer y colofnau CSV, fel ar gyfer report (gweler syslead schema map)',
  'cli.evaluate.opt.format': "text, md (Markdown), json, csv (rhes i bob thema ac agwedd), html, neu pdf (y dudalen html wedi'i hargraffu i PDF gan Chromium, Chrome neu Edge)",
  'cli.evaluate.opt.out': "ysgrifennu'r gwerthusiad i'r ffeil hon (yn atomig) yn lle stdout",
  'cli.evaluate.opt.strict': 'trin unrhyw res neu ffeil wael yn angheuol: dim gwerthusiad, gadael ag 1',
  'cli.evaluate.opt.includeUnfinished': "darllen yr ymatebion y mae'r allforiad yn eu nodi'n anorffenedig; fel arfer cânt eu gadael allan a'u cyfrif",
  'cli.evaluate.opt.perRespondent': "ychwanegu newid a dosbarth newid dibynadwy pob person a barwyd, gyda'u henwau",
  'cli.evaluate.opt.minGroup': "trothwy anhysbysrwydd: gyda llai o bobl wedi'u paru, ni ddangosir unrhyw ffigur",

  'cli.feedback.summary': 'adroddiad adborth 360 i bob unigolyn: hunan yn erbyn pob grŵp graddwyr, fesul thema, agwedd a datganiad, gyda sylwadau pobl eraill',
  'cli.feedback.description':
    "Darllen hunanasesiadau ac atebion arsylwyr (ffeiliau atebion, ffolderi ohonynt, allforiadau arolwg CSV o'r ddwy ffurflen, fel y mae report yn eu darllen) ac ysgrifennu un adroddiad adborth 360 i bob unigolyn: hunan, y rheolwr, pob grŵp graddwyr sy'n ddigon mawr a phawb arall fesul thema ac agwedd, gyda gwasgariad graddau pobl eraill a'u cytundeb (r_wg), pob datganiad hunan yn erbyn eraill, y bylchau mwyaf bob ffordd, blaenoriaethau datblygu, myfyrio, sylwadau pobl eraill air am air, a chwestiynau ar gyfer y sgwrs hyfforddi. Dangosir y rheolwr ar ei ben ei hun; mae angen --min-group o raddwyr ar bob grŵp arall, fel arall caiff ei gyfuno yn \"other\", fel arall caiff ei adael allan o bob ffigur a sylw. Caiff ffurflenni eu cysylltu yn ôl thema ac id eitem; caiff unigolion eu paru heb ystyried priflythrennau a bylchau.",
  'cli.feedback.arg.inputs': 'ffeiliau atebion, ffolderi ohonynt, neu ffeiliau CSV o\'r ffurflenni hunan ac arsylwr (mae "-" yn darllen stdin)',
  'cli.feedback.opt.format': "text (ar gyfer y derfynell), md (Markdown), json neu html (tudalen hunangynhwysol), neu pdf (y dudalen html wedi'i hargraffu i PDF gan Chromium, Chrome neu Edge)",
  'cli.feedback.opt.outDir': "ysgrifennu adroddiad i bob unigolyn yn y ffolder hon (caiff ei chreu os nad yw'n bodoli), gyda mynegai (index.md; index.html neu index.json ar gyfer html neu json)",
  'cli.feedback.opt.subject': 'argraffu adroddiad yr unigolyn hwn ar stdout yn lle hynny (heb ystyried priflythrennau a bylchau)',
  'cli.feedback.opt.subjectColumn': "y golofn (neu briodwedd y ffeil atebion) sy'n enwi am bwy y mae'r atebion",
  'cli.feedback.opt.minGroup': 'trothwy anhysbysrwydd: mae angen hyn o raddwyr ar grwpiau graddwyr ac eithrio\'r rheolwr, fel arall cânt eu cyfuno yn "other", fel arall eu gadael allan',
  'cli.feedback.opt.margin': 'hunan uwchlaw (islaw) eraill o fwy na hyn o bwyntiau canran yw man dall (cryfder cudd)',
  'cli.feedback.opt.force': "gyda --out-dir: disodli ffeiliau sy'n bodoli",

  'cli.validate.summary': "gwirio ffeiliau holiadur ac adrodd pob problem gyda'i llinell a'i cholofn",
  'cli.validate.description':
    "Gwirio ffeiliau YAML holiadur: cystrawen, meysydd ac enwau, mewn un tro. Caiff problemau eu hargraffu fel FILE:LINE:COL: error: MESSAGE ar stderr.\nCaiff ffurflen arsylwr gyda pairs_with: ID ei gwirio yn erbyn y ffurflen hunan honno (wrth ei hymyl, mewn ffolderi --questionnaires neu wedi'i chynnwys).\nGadael ag 0 pan fo pob ffeil yn ddilys (caniateir rhybuddion), 1 fel arall.",
  'cli.validate.arg.files': 'ffeiliau YAML holiadur (mae "-" yn darllen stdin)',
  'cli.validate.opt.json': "argraffu'r problemau fel arae JSON o {file, line, column, severity, message} ar stdout",

  'cli.preview.summary': "dangos holiadur yn gyfan, i'r bobl sy'n cymeradwyo ei eiriad: datganiadau, sgorio, myfyrio pob band",
  'cli.preview.description':
    "Dangos QUESTIONNAIRE (id neu ffeil) fel y mae ar ddarllenydd sy'n gorfod ei gymeradwyo ei angen: pob thema, agwedd a datganiad yn eu trefn, gyda'i raddfa a sut y caiff ei sgorio mewn geiriau (wedi'i sgorio o chwith neu beidio), y cwestiynau pwysigrwydd a thestun rhydd, a myfyrio ac adnoddau pob band gyda throthwyon y band. Dangosir ffurflen hunan a'i ffurflen arsylwr ochr yn ochr: rhowch y ffurflen arsylwr fel --observer, neu rhagolygwch ffurflen wedi'i chynnwys o bâr (systems-leadership a systems-leadership-observer), sy'n dod â'i ffurflen arall.",
  'cli.preview.arg.questionnaire': 'id holiadur (gweler syslead list) neu ffeil holiadur (mae "-" yn darllen stdin)',
  'cli.preview.opt.format': "text (ar gyfer y derfynell), md (Markdown), html (tudalen hunangynhwysol), neu pdf (y dudalen html wedi'i hargraffu i PDF gan Chromium, Chrome neu Edge)",
  'cli.preview.opt.observer': "y ffurflen arsylwr i'w dangos wrth ymyl y ffurflen hunan QUESTIONNAIRE, datganiad wrth ddatganiad",
  'cli.preview.opt.out': "ysgrifennu'r rhagolwg i'r ffeil hon (yn atomig) yn lle stdout",

  'cli.list.summary': "rhestru'r holiaduron sydd ar gael",
  'cli.list.description':
    "Rhestru'r holiaduron sydd wedi'u cynnwys a'r rhai yn y ffolderi a roddir gan --questionnaires neu $SYSLEAD_QUESTIONNAIRES (rhestr o ffolderi wedi'u gwahanu gan \":\"), gydag id, teitl, eitemau a munudau.",
  'cli.list.opt.json': "argraffu'r rhestr fel JSON ar stdout",

  'cli.form.summary': "ysgrifennu'r hyn y mae offeryn arolwg yn ei fewnforio (neu ddalen i adeiladu'r arolwg â llaw) ar gyfer holiadur",
  'cli.form.description':
    "Ysgrifennu'r arolwg ar gyfer QUESTIONNAIRE (id neu ffeil) yn yr hyn y mae PLATFORM yn ei fewnforio: Google Apps Script (google), Advanced Format TXT (qualtrics), TSV strwythur arolwg (limesurvey), geiriadur data (redcap), dalen adeiladu (ms-forms), dalen ateb i'w hargraffu (paper) neu CSV i deipio atebion papur iddo (csv). Caiff ei lawrlwythiad ei ddarllen yn ôl gan report a feedback heb ei olygu, neu gyda'r ffeil --map a ysgrifennwyd wrth ei ymyl. Mae'r ffeiliau'n mynd i --out-dir; caiff y camau i'w dilyn eu hargraffu ar stdout.",
  'cli.form.opt.for': 'yr offeryn arolwg: {platforms}',
  'cli.form.opt.outDir': "y ffolder i ysgrifennu'r ffeiliau iddi (caiff ei chreu os nad yw'n bodoli)",
  'cli.form.opt.subjectList': 'ar ffurflen arsylwr: y bobl a raddir, un enw i bob llinell, wedi\'u cynnig fel dewisiadau "Who are you giving feedback about?"',
  'cli.form.opt.force': "disodli ffeiliau o'r un enwau",
  'cli.form.opt.pdf': 'argraffu pob ffeil HTML (y ddalen bapur, dalen adeiladu) i PDF hefyd, gyda phorwr o deulu Chromium',

  'cli.translate.summary': "ysgrifennu ffeil XLIFF i gyfieithydd o destunau holiadur, a'r ffeil gyfieithu ohoni",
  'cli.translate.description':
    'I gyfieithwyr: mae "export" yn ysgrifennu pob testun holiadur fel XLIFF 2.0, y mae offer cyfieithu yn ei ddarllen, gyda lle mae pob testun ac unrhyw gyfieithiad a wnaed hyd yma; mae "import" yn ysgrifennu\'r ffeil gyfieithu (ID.LANG.yaml, testunau yn unig: mae\'r sgorio\'n aros fel yn y ffynhonnell) o\'r XLIFF wedi\'i lenwi. Gwiriwch y canlyniad gyda "syslead validate"; defnyddiwch hi fel "syslead run ID.LANG".',
  'cli.translate.export.summary': 'ysgrifennu testunau holiadur fel XLIFF 2.0 ar gyfer cyfieithydd',
  'cli.translate.export.description':
    'Ysgrifennu ffeil XLIFF 2.0 o bob testun QUESTIONNAIRE (id neu ffeil), y ffynhonnell Saesneg a, phan fo cyfieithiad i --lang yn bodoli (ID.LANG fel y mae "syslead run" yn ei ganfod, neu ID.LANG.yaml wrth ymyl y ffeil), ei destunau fel targedau. trgLang yw iaith y cyfieithiad hwnnw, fel arall --lang gyda rhanbarth y ffynhonnell pan nad oes ganddo un (cy o ffynhonnell en-GB: cy-GB).',
  'cli.translate.export.opt.lang': 'yr iaith y cyfieithir iddi, e.e. cy neu cy-GB',
  'cli.translate.export.opt.out': "ysgrifennu'r XLIFF i'r ffeil hon yn lle stdout",
  'cli.translate.import.summary': "ysgrifennu'r ffeil gyfieithu o ffeil XLIFF wedi'i llenwi",
  'cli.translate.import.description':
    'Ysgrifennu\'r YAML cyfieithu o ffeil XLIFF 2.0 a wnaed gan "syslead translate export" ac a lenwyd gan gyfieithydd. Caiff unedau heb darged eu gadael allan (a\'u cyfrif ar stderr); mae "syslead validate" wedyn yn eu rhestru.',
  'cli.translate.import.arg.file': 'y ffeil XLIFF',
  'cli.translate.import.opt.out': "ysgrifennu'r cyfieithiad i'r ffeil hon yn lle stdout",

  'cli.schema.summary': 'argraffu JSON Schema fformat ffeil neu allbwn JSON',
  'cli.schema.description':
    "Argraffu JSON Schema (draft-07) ar stdout. Mae golygyddion fel VS Code gyda'r estyniad YAML yn ei ddefnyddio i gwblhau a gwirio ffeiliau holiadur, atebion a map allforio (--map); mae sgriptiau'n defnyddio'r lleill i ddarllen --format json.",
  'cli.schema.arg.name': 'pa sgema: questionnaire, translation (o holiadur), answers, result (score), compare, report, feedback, evaluation, map (--map) neu about (report --about)',
};
