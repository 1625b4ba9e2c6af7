"""What a paraphrase keeps of a detail, in the Latin-script languages (English, Spanish,
French, German, Italian, Portuguese), for the matcher (:mod:`.details`) and the bridge across
languages (:mod:`.crosslang`):

* *a shared occasion of the sender's*: the notes are the sender's, so "our webinar", "unserem
  Beitrag", "nuestro taller" in the notes is an occasion both sides hold. The message naming
  the same occasion the same way ("the forecasting question in our webinar", "Ihr Kommentar
  zu unserem Beitrag") says how the sender knows the reader: one piece of evidence, never
  enough alone (every outreach message may say "our webinar");
* *a count or span with its unit*: "unter einer Minute" / "under a minute", "die achte
  Ausgabe" / "8 editions", "zehn Jahre" / "10 years", the number written in digits, as a
  word, as an ordinal, or as an article after "under" / "unter" / "menos de";
* *a place said as its adjective*: "Wiener" / "Vienna", "Leipziger" / "Leipzig",
  "madrileño" / "Madrid", "napoletano" / "Naples" (German "-er" forms by rule, the others
  from a small table), either way round;
* *a German compound for two English words*: "Wärmepumpen" / "heat pumps",
  "Hitzeinsel-Karte" / "heat-island map", from a table of compound parts; a phrase, as the
  two words would be;
* *an amount with its scale however abbreviated*: "5 mi" / "R$ 5 milhões", "€1,5 Mio." /
  "EUR 1.5 million", "$3M";
* *cognates spelled otherwise* (:func:`spelled_alike`: "Klinik" / "clinic",
  "Universität" / "university"), and more concrete things for the gloss (:data:`TOPICS`).

What stands in a clause of the sender's own ("wir liefern in unter einer Minute", "we've
helped startups raise 2M") is none of these, unless the notes say it in the sender's words
too.

Data and rules only: nothing here is read unless a message needs a second piece of
evidence, so none of it is loaded at start-up (see :mod:`.crosslang`).
"""

from __future__ import annotations

import re

from .normalize import fold

# Possessives of the sender's side (first person plural, and "my"), as a record written by
# the sender uses them: "in our webinar", "zu unserem Beitrag", "en nuestro taller".
_OURS = frozenset(fold(w) for w in """our my unser unsere unserem unseren unserer unseres
    mein meine meinem meinen meiner nuestro nuestra nuestros nuestras mi mis notre nos mon
    ma mes nostro nostra nostri nostre mio mia nosso nossa nossos nossas meu minha onze ons
    mijn""".split())

# Occasions a sender holds and a reader takes part in, one concept a line: English |
# Spanish | French | German | Italian | Portuguese | Dutch. Forms of five letters or more match the
# beginning of a word ("webinar" -> "webinars"), shorter ones a whole word or its plural.
_OCCASIONS = """
webinar, webcast | webinar, seminario web | webinaire, webinar | webinar | webinar | webinar, webinário | webinar
post, posts, posting | publicación, post | publication, post | beitrag, beiträge, post, posting | post, articolo | publicação, post | bericht, berichten, post
article, blog | artículo, blog | article, blog | artikel, blog, blogbeitrag | articolo, blog | artigo, blog | artikel, blog
newsletter | boletín, newsletter | newsletter, infolettre | newsletter, rundbrief | newsletter | newsletter, boletim | nieuwsbrief
workshop | taller | atelier | workshop | workshop, laboratorio | workshop, oficina | workshop
talk, presentation, keynote | charla, ponencia, presentación | conférence, présentation, intervention | vortrag, präsentation, keynote | talk, intervento, presentazione | palestra, apresentação | lezing, presentatie, keynote
meetup | meetup, quedada | meetup | meetup, stammtisch | meetup | meetup | meetup
podcast | podcast | podcast | podcast | podcast | podcast | podcast
survey, poll | encuesta | enquête, sondage | umfrage | sondaggio | pesquisa, inquérito, sondagem | enquête, peiling
course, class, training | curso, clase, formación | cours, formation | kurs, schulung, training | corso, formazione | curso, aula, formação | cursus, training, opleiding
demo | demo, demostración | démo, démonstration | demo, vorführung | demo, dimostrazione | demo, demonstração | demo
pilot, trial | piloto, prueba | pilote, essai | pilot, pilotprojekt, testphase | pilota, prova | piloto, teste | pilot, proef
tasting | cata, degustación | dégustation | verkostung, probe | degustazione | degustação, prova | proeverij
tour, visit | visita, recorrido | visite | besuch, führung, rundgang | visita | visita | rondleiding, bezoek
booth, stand | stand, caseta | stand | stand, messestand | stand | estande, stand | stand, beursstand
open day | puertas abiertas | portes ouvertes | tag der offenen tür | open day, porte aperte | dia aberto, portas abertas | open dag
hackathon | hackathon | hackathon | hackathon | hackathon | hackathon | hackathon
challenge, contest, competition | reto, desafío, concurso | défi, concours | challenge, wettbewerb | sfida, concorso | desafio, concurso | wedstrijd, uitdaging
regatta | regata | régate | regatta | regata | regata | regatta, zeilwedstrijd
race, run | carrera | course | rennen, lauf | gara, corsa | corrida | race, loop
community, group | comunidad, grupo | communauté, groupe | community, gemeinschaft, gruppe | community, comunità, gruppo | comunidade, grupo | community, groep, gemeenschap
forum | foro | forum | forum | forum | fórum | forum
panel, roundtable | mesa redonda, panel | table ronde, panel | panel, podiumsdiskussion | tavola rotonda, panel | painel, mesa redonda | panel, rondetafel
study | estudio | étude | studie | studio | estudo | studie, onderzoek
programme, program | programa | programme | programm | programma | programa | programma
campaign | campaña | campagne | kampagne | campagna | campanha | campagne
conference, summit | congreso, conferencia, cumbre | conférence, congrès, sommet | konferenz, kongress, tagung, gipfel | conferenza, convegno | conferência, congresso | congres, conferentie, top
fair, expo | feria | salon, foire | messe | fiera | feira | beurs
festival | festival | festival | festival | festival | festival | festival
call | llamada | appel | anruf, telefonat, call | chiamata, telefonata | chamada, ligação | gesprek, telefoongesprek
dinner, lunch, breakfast | cena, comida, almuerzo, desayuno | dîner, déjeuner, petit-déjeuner | abendessen, mittagessen, frühstück | cena, pranzo, colazione | jantar, almoço, café da manhã | diner, lunch, ontbijt
"""

# Units a count or span is given in, one concept a line, the same columns.
_UNITS = """
minute, minutes, min | minuto, minutos | minute, minutes | minute, minuten | minuto, minuti | minuto, minutos | minuut, minuten
hour, hours | hora, horas | heure, heures | stunde, stunden | ora, ore | hora, horas | uur, uren
day, days | día, días | jour, jours | tag, tage, tagen | giorno, giorni | dia, dias | dag, dagen
week, weeks | semana, semanas | semaine, semaines | woche, wochen | settimana, settimane | semana, semanas | week, weken
month, months | mes, meses | mois | monat, monate, monaten | mese, mesi | mês, meses | maand, maanden
year, years | año, años | an, ans, année, années | jahr, jahre, jahren | anno, anni | ano, anos | jaar, jaren
edition, editions | edición, ediciones | édition, éditions | ausgabe, ausgaben, auflage | edizione, edizioni | edição, edições | editie, edities
generation, generations | generación, generaciones | génération, générations | generation, generationen | generazione, generazioni | geração, gerações | generatie, generaties
kilometre, kilometres, kilometer, kilometers, km | kilómetro, kilómetros, km | kilomètre, kilomètres, km | kilometer, km | chilometro, chilometri, km | quilômetro, quilómetro, quilômetros, quilómetros, km | kilometer, km
kilogram, kilograms, kilo, kilos, kg | kilo, kilos, kilogramo, kilogramos, kg | kilo, kilos, kilogramme, kilogrammes, kg | kilo, kilogramm, kg | chilo, chili, chilogrammo, chilogrammi, kg | quilo, quilos, kg | kilo, kilogram, kg
tonne, tonnes, ton, tons | tonelada, toneladas | tonne, tonnes | tonne, tonnen | tonnellata, tonnellate | tonelada, toneladas | ton
store, stores, location, locations, shop, shops, branch, branches | tienda, tiendas, local, locales, sucursal, sucursales | boutique, boutiques, magasin, magasins, succursale, succursales | filiale, filialen, laden, läden, standort, standorte | negozio, negozi, filiale, filiali, sede, sedi | loja, lojas, filial, filiais, unidade, unidades | winkel, winkels, vestiging, vestigingen, filiaal, filialen
employee, employees, staff, people | empleado, empleados, personas, trabajadores | salarié, salariés, employé, employés, personnes | mitarbeiter, mitarbeitende, beschäftigte, leute, personen | dipendente, dipendenti, persone | funcionário, funcionários, colaboradores, pessoas | medewerker, medewerkers, werknemers, mensen
country, countries | país, países | pays | land, länder, ländern | paese, paesi | país, países | land, landen
language, languages | idioma, idiomas, lengua, lenguas | langue, langues | sprache, sprachen | lingua, lingue | idioma, idiomas, língua, línguas | taal, talen
"""

# Words saying a count is at most or under: after one, "a" / "einer" / "un" is the count one
# ("in under a minute", "in unter einer Minute", "en menos de un minuto").
_UNDER = frozenset(fold(w) for w in """under below within less unter weniger binnen innerhalb
    knapp menos moins meno sotto abaixo onder minder""".split())
_ONE = frozenset(fold(w) for w in """a an one ein eine einer einem einen un une una uno um uma
    een één""".split())

# Place adjectives the German "-er" rule does not make, for the places of :mod:`.places`
# (named by their English form): English | Spanish | French | German | Italian | Portuguese |
# Dutch | English adjectives.
_ADJECTIVES = """
Vienna | vienés, vienesa, vieneses | viennois, viennoise | wienerisch | viennese, viennesi | vienense | weens, weense | viennese
Rome | romano, romana, romanos, romanas | romain, romaine, romains | römisch, römische | romano, romana, romani, romane | romano, romana | romeins, romeinse | 
Florence | florentino, florentina | florentin, florentine | florentinisch | fiorentino, fiorentina, fiorentini, fiorentine | florentino, florentina | florentijns, florentijnse | florentine
Naples | napolitano, napolitana | napolitain, napolitaine | neapolitanisch | napoletano, napoletana, napoletani, napoletane | napolitano, napolitana | napolitaans, napolitaanse | neapolitan
Milan | milanés, milanesa | milanais, milanaise | mailändisch | milanese, milanesi | milanês, milanesa | milanees, milanese | milanese
Venice | veneciano, veneciana | vénitien, vénitienne | venezianisch | veneziano, veneziana | veneziano, veneziana | venetiaans, venetiaanse | venetian
Turin | turinés, turinesa | turinois, turinoise | turinisch | torinese, torinesi | turinense |  | turinese
Paris | parisino, parisina, parisinos | parisien, parisienne, parisiens | pariserisch | parigino, parigina | parisiense | parijs, parijse | parisian, parisians
London | londinense | londonien, londonienne | londonerisch | londinese | londrino, londrina | londens, londense | londoner, londoners
Lisbon | lisboeta, lisboetas | lisboète | lissabonner | lisbonese | lisboeta, lisboetas |  | lisboner
Barcelona | barcelonés, barcelonesa | barcelonais, barcelonaise | barcelonisch | barcellonese | barcelonês, barcelonesa |  | barcelonan, barcelonian
Munich | muniqués, muniquesa | munichois, munichoise | münchnerisch | monacense | muniquense |  | 
Berlin | berlinés, berlinesa | berlinois, berlinoise | berlinerisch | berlinese | berlinense | berlijns, berlijnse | berliner, berliners
Seville | sevillano, sevillana | sévillan, sévillane | sevillanisch | sivigliano, sivigliana | sevilhano, sevilhana |  | sevillian, sevillan
Geneva | ginebrino, ginebrina | genevois, genevoise | genferisch | ginevrino, ginevrina | genebrino, genebrina |  | genevan
Zurich | zuriqués | zurichois, zurichoise | zürcher, zürcherisch | zurighese | zuriquenho |  | zuricher
Brussels | bruselense | bruxellois, bruxelloise | brüsseler | bruxellese | bruxelense | brussels, brusselse | 
Prague | praguense | pragois, pragoise | prager | praghese | praguense | praags, praagse | praguer
Cologne | coloniense | colonais | kölner, kölnisch | coloniese | coloniense | keuls, keulse | 
"""
# Madrid, Lyon, Porto, Valencia and the like are spelled the same in every language: their
# adjectives stand for the record's own words ("madrileño: madrid"), one place a line.
_OWN_ADJECTIVES = """
madrileño, madrileña, madrileños, madrileñas, madrilène, madrilènes, madrileno, madrilena, madrilense: madrid
lyonnais, lyonnaise, lyonnaises, lionés, lionesa, lionese, lyoner: lyon
portuense, portuenses, tripeiro, tripeira: porto
valenciano, valenciana, valencianos, valencianas, valencien, valencienne: valencia
bilbaíno, bilbaína: bilbao
marseillais, marseillaise, marsellés, marsellesa, marsigliese: marseille
bordelais, bordelaise: bordeaux
toulousain, toulousaine: toulouse
nantais, nantaise: nantes
lillois, lilloise: lille
bolognese, bolognesi, boloñés, boloñesa: bologna
genovese, genovesi, genovés, genovesa: genova
veronese, veronesi: verona
carioca, cariocas: rio de janeiro
paulistano, paulistana, paulistanos, paulistanas: são paulo
porteño, porteña, porteños, porteñas: buenos aires
bogotano, bogotana: bogotá
limeño, limeña: lima
montréalais, montréalaise: montréal
"""


# More concrete things for the cross-language gloss (:data:`.crosslang.GLOSS`, same columns
# and matching rules as :mod:`.gloss`): things notes record about what a reader makes,
# studies or fixes ("a dataset of tram delays", "handmade terracotta tiles").
TOPICS = """
tiles, tile, tiling | azulejo, baldosa | carrelage, carreaux | fliese, fliesen, kachel | piastrell | azulejo | 瓷砖, 地砖 | タイル | 타일
terracotta | terracota | terracotta | terrakotta | terracotta, cotto | terracota | 赤陶, 陶土 | テラコッタ, 素焼き | 테라코타
handmade, handcrafted, artisanal | artesanal, artesano, artesana | artisanal, artisan, artisanale | handgemacht, handgefertigt, handwerk | artigianal | artesanal, artesão, artesã | 手工制作, 手作, 纯手工, 手工艺 | 手作り, ハンドメイド, 手仕事, 手作業 | 수제, 핸드메이드, 수공예
dataset, datasets | dataset | dataset | datensatz, datensätze, datensätzen | dataset | dataset | 数据集 | データセット | 데이터셋, 데이터세트
delays, delay, delayed | retraso, retrasos, demora | retard, retards | verspätung, verzögerung | ritard | atraso, atrasos | 延误, 误点 | 遅延 | 지연되, 지연됐, 지연율, 배송지연, 납기지연
forecasting, forecast, forecasts | pronóstico, previsión, predicción | prévision | prognose, vorhersage | previsione, previsioni | previsão, previsões | 预测 | 予測 | 예측
inventory, inventories | inventario | inventaire | lagerbestand, inventur | inventario, giacenze | inventário, estoque | 库存 | 在庫, 棚卸 | 재고
gripper, grippers | pinza, pinzas | pince, pinces | greifer | pinza, pinze | garra, garras | 夹爪 | グリッパー | 그리퍼
sensors, sensor | sensor, sensores | capteur | sensor, sensoren | sensore, sensori | sensor, sensores | 传感器 | センサー | 센서
insulation | aislamiento | isolation | dämmung, wärmedämm | isolamento, coibent | isolamento | 隔热, 保温层, 绝缘 | 断熱, 絶縁 | 단열, 절연
roof, roofs, rooftop, rooftops | tejado, tejados, azotea | toit, toits, toiture | dach, dächer | tetto, tetti | telhado, telhados | 屋顶, 屋面 | 屋根, 屋上 | 지붕, 옥상
bridge, bridges | puente, puentes | pont, ponts | brücke, brücken | ponte, ponti | ponte, pontes | 桥梁, 大桥 | 橋梁, 鉄橋, 吊り橋 | 교량
recipe, recipes | receta, recetas | recette, recettes | rezept | ricetta, ricette | receita, receitas | 食谱, 菜谱 | レシピ | 레시피
invoices, invoice, invoicing | factura, facturas, facturación | facture, factures, facturation | rechnung, rechnungen | fattura, fatture, fatturazion | fatura, faturas, faturamento | 发票, 开票 | 請求書, インボイス | 청구서, 인보이스, 세금계산서
tomatoes, tomato | tomate, tomates | tomate, tomates | tomate, tomaten | pomodor | tomate, tomates | 番茄, 西红柿 | トマト | 토마토
potatoes, potato | patata, patatas | | kartoffel | patata, patate | batata | 土豆, 马铃薯 | じゃがいも, ジャガイモ, 馬鈴薯 | 감자
maize, corn | maíz | | | | milho | 玉米 | トウモロコシ, とうもろこし | 옥수수
mushrooms, mushroom | setas, hongos, champiñon | champignon | pilze, pilz | funghi, fungo | cogumelo | 蘑菇, 菌菇, 香菇 | キノコ, きのこ, 椎茸 | 버섯
lemons, lemon | limón, limones | citron, citrons | zitrone | limone, limoni | limão, limões | 柠檬 | レモン | 레몬
seafood, fish | pescado, mariscos | poisson | fisch | pesce | peixe | 海鲜, 水产 | 魚介, 海鮮, 鮮魚 | 해산물, 수산물, 생선
butcher, butchery | carnicer | boucher, boucherie | metzger, fleischer | macelle | açougue, talho | 肉铺, 肉店 | 精肉, 肉屋 | 정육
gelato | helado, helados, heladería | glace, glaces | speiseeis, eisdiele | gelato, gelati, gelateria | sorvete, gelado | 冰淇淋, 冰激凌 | ジェラート, アイスクリーム | 젤라또, 젤라토, 아이스크림
pastry, pastries, patisserie | pastelería, pasteles | pâtisserie | konditorei, gebäck | pasticceria, pasticcini | pastelaria, confeitaria | 糕点, 西点 | 洋菓子, パティスリー | 페이스트리, 파티시에, 양과자
metro, subway | metro | métro | | metropolitana | metrô | 地铁 | 地下鉄 | 지하철
parking | aparcamiento, estacionamiento | stationnement | parkplatz, parkhaus, parkplätze | parcheggi | estacionamento | 停车 | 駐車 | 주차
traffic | tráfico | trafic | verkehr | traffico | trânsito, tráfego | 堵车, 车流, 交通拥堵, 交通流量, 路况 | 交通量, 渋滞 | 교통
noise | ruido, ruidos | bruit | lärm | rumore, rumori | ruído | 噪音, 噪声 | 騒音 | 소음
pollution, smog | contaminación | pollution | luftverschmutzung, feinstaub | inquinamento | poluição | 污染, 雾霾 | 汚染 | 오염, 미세먼지
flood, floods, flooding | inundación, inundaciones | inondation | hochwasser, überschwemmung | alluvion, inondazion | inundação, enchente | 洪水, 洪涝, 水灾 | 洪水, 浸水, 水害 | 홍수, 침수
drought | sequía | sécheresse | dürre, trockenheit | siccità | estiagem | 干旱 | 干ばつ, 渇水 | 가뭄
wildfire, wildfires | incendio, incendios | incendie, incendies | waldbrand, waldbrände | incendio, incendi | incêndio, incêndios | 山火, 森林火灾 | 山火事, 森林火災 | 산불
"""


def _rows(table: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("|")] for line in table.strip().splitlines()]


def _forms(table: str) -> tuple[dict[str, int], dict[str, int], int]:
    """``({whole word: concept}, {prefix of five letters or more: concept}, longest words
    of a form)``."""
    whole: dict[str, int] = {}
    prefix: dict[str, int] = {}
    longest = 1
    for concept, cells in enumerate(_rows(table)):
        for cell in cells:
            for form in cell.split(","):
                form = fold(form.strip())
                if not form:
                    continue
                words = len(form.split())
                longest = max(longest, words)
                if words == 1 and len(form) >= 5:
                    prefix.setdefault(form, concept)
                whole.setdefault(form, concept)
                if len(form) < 5:
                    whole.setdefault(form + "s", concept)
    return whole, prefix, longest


_TABLES: dict[str, tuple[dict[str, int], dict[str, int], int]] = {}


def _table(name: str) -> tuple[dict[str, int], dict[str, int], int]:
    table = _TABLES.get(name)
    if table is None:
        table = _TABLES[name] = _forms(_OCCASIONS if name == "occasions" else _UNITS)
    return table


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W\d_]+)*")


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def _concept_at(words: list[tuple[str, int, int]], k: int,
                table: tuple[dict[str, int], dict[str, int], int]) -> tuple[int, int] | None:
    """``(concept, words it takes)`` of the form starting at word ``k``, the longest first."""
    whole, prefix, longest = table
    for n in range(min(longest, len(words) - k), 0, -1):
        said = " ".join(w for w, _, _ in words[k:k + n])
        concept = whole.get(said)
        if concept is not None:
            return concept, n
    word = words[k][0]
    if len(word) >= 5 and word.isalpha():
        for size in range(len(word), 4, -1):
            concept = prefix.get(word[:size])
            if concept is not None:
                return concept, 1
    return None


def _occasions(words: list[tuple[str, int, int]]) -> dict[int, tuple[int, int]]:
    """``{concept: (start, end)}`` of each occasion said as the sender's ("our webinar", "in
    unserem letzten Beitrag"): a possessive of theirs, then the occasion within three words."""
    table = _table("occasions")
    out: dict[int, tuple[int, int]] = {}
    for k, (word, _, _) in enumerate(words):
        if word not in _OURS:
            continue
        for j in range(k + 1, min(k + 4, len(words))):
            found = _concept_at(words, j, table)
            if found is not None:
                concept, n = found
                out.setdefault(concept, (words[j][1], words[j + n - 1][2]))
                break
    return out


def _number(words: list[tuple[str, int, int]], k: int) -> int | None:
    """The count word ``k`` gives: digits, a number word or an ordinal, or "a" / "einer"
    after "under" / "unter"."""
    from .facts import MORE_NUMBERS, ORDINAL_WORDS  # facts is loaded with the matcher
    from .lexicon import NUMBER_WORDS

    word = words[k][0]
    if word.isdigit():
        return int(word) if len(word) < 7 else None
    if word in NUMBER_WORDS:
        return int(NUMBER_WORDS[word])
    value = MORE_NUMBERS.get(word) or ORDINAL_WORDS.get(word)
    if value is None and word.endswith(("ten", "te", "ter", "tes", "tem")):
        value = ORDINAL_WORDS.get(word.rstrip("nrsm")) or ORDINAL_WORDS.get(word.rstrip("nrsm") + "e")
    if value is not None:
        return value
    if word in _ONE and k > 0 and words[k - 1][0] in _UNDER:
        return 1
    return None


def _counts(words: list[tuple[str, int, int]]
            ) -> dict[tuple[int, int], tuple[tuple[int, int], tuple[int, int]]]:
    """``{(count, unit): ((start, end) of the count, (start, end) of the unit)}``: a number
    right before its unit, or two words before it ("8 editions", "la octava edición", "unter
    einer Minute", "10 full years")."""
    table = _table("units")
    out: dict[tuple[int, int], tuple[tuple[int, int], tuple[int, int]]] = {}
    for k in range(1, len(words)):
        found = _concept_at(words, k, table)
        if found is None:
            continue
        unit, n = found
        for back in (1, 2):
            if k - back < 0:
                break
            value = _number(words, k - back)
            if value is not None:
                out.setdefault((value, unit), ((words[k - back][1], words[k - back][2]),
                                               (words[k][1], words[k + n - 1][2])))
                break
    return out


def _adjective_index() -> tuple[dict[str, int], dict[str, str]]:
    """``({folded adjective: place of the places table}, {folded adjective: folded name})``,
    built on first use."""
    if not _ADJECTIVE_INDEX[0] and not _ADJECTIVE_INDEX[1]:
        from .places import _key, _tables

        latin = _tables().latin
        of_table, of_name = _ADJECTIVE_INDEX
        for cells in _rows(_ADJECTIVES):
            # A place spelled alike in every language ("Berlin") is no row of the table:
            # its adjectives stand for the record's own word.
            place = latin.get(_key(cells[0]))
            for cell in cells[1:]:
                for form in cell.split(","):
                    if form.strip():
                        if place is None:
                            of_name[fold(form.strip())] = fold(cells[0])
                        else:
                            of_table[fold(form.strip())] = place
        for line in _OWN_ADJECTIVES.strip().splitlines():
            forms, name = line.rsplit(":", 1)
            for form in forms.split(","):
                of_name[fold(form.strip())] = fold(name.strip())
    return _ADJECTIVE_INDEX


_ADJECTIVE_INDEX: tuple[dict[str, int], dict[str, str]] = ({}, {})


def places_named(name: str) -> set[int | str]:
    """The places a name holds, as places of the table or folded names, whether written as
    the place or as its adjective: "Nürnberger Brotmesse" and "Nuremberg Bread Fair" both
    hold Nuremberg, so one may be the other translated."""
    from .places import demonym_place, place_of

    of_table, of_name = _adjective_index()
    found: set[int | str] = set()
    for word in _NAME_WORD.findall(name):
        place = place_of(word)
        if place is None and len(word) >= 7:
            place = demonym_place(word)  # "Nürnberger", "torinese"
        if place is not None:
            found.add(place)
        folded = fold(word)
        if folded in of_table:
            found.add(of_table[folded])
        elif folded in of_name:
            found.add(of_name[folded])
    return found


_NAME_WORD = re.compile(r"[^\W\d_]+")


def _demonym_bases(word: str) -> tuple[str, ...]:
    """What a German-style place adjective in "-er" may be made from ("wiener" -> "wien",
    "muenchner"/"münchner" -> "münchen", "bremer" -> "bremen", "leipziger" -> "leipzig")."""
    base = word[:-2]
    bases = [base, base + "en"]
    if base.endswith("n"):
        bases.append(base[:-1] + "en")
    return tuple(bases)


def _places_said(text: str, words: list[tuple[str, int, int]], record_words: set[str] | None,
                 record_places: set[int] | None) -> dict[object, tuple[int, int]]:
    """``{place: (start, end)}`` of each place adjective of ``text`` whose place the record
    names (a place of the places table, or one of ``record_words``); every place said by an
    adjective when ``record_words`` is None (a German "-er" form then only for a place of the
    table)."""
    from .places import _tables

    latin = _tables().latin
    of_table, of_name = _adjective_index()
    out: dict[object, tuple[int, int]] = {}
    for word, start, end in words:
        place: object = of_table.get(word)
        if place is not None:
            if record_places is None or place in record_places:
                out.setdefault(place, (start, end))
            continue
        name = of_name.get(word)
        if name is not None:
            # "rio de janeiro": the record's capitalized words, connectors aside.
            if record_words is None or all(part in record_words for part in name.split()
                                           if len(part) > 2):
                out.setdefault(name, (start, end))
            continue
        if len(word) >= 6 and word.endswith("er") and text[start].isupper():
            for base in _demonym_bases(word):
                place = latin.get(base)
                if place is not None and (record_places is None or place in record_places):
                    out.setdefault(place, (start, end))
                    break
                if record_words is not None and base in record_words:
                    out.setdefault(base, (start, end))
                    break
    return out


def occasions(said: str, record_text: str) -> list[tuple[int, int]]:
    """Spans of ``said`` naming an occasion of the sender's that the record names as the
    sender's too ("in our webinar" / "in our webinar last week", "zu unserem Beitrag" /
    "on our post"): one piece of evidence each."""
    if not _OURS.intersection(w for w, _, _ in _words(record_text)):
        return []
    recorded = _occasions(_words(record_text))
    if not recorded:
        return []
    return [span for concept, span in _occasions(_words(said)).items() if concept in recorded]


# Spellings the languages give one sound ("Klinik" / "clinic", "photo" / "foto", "Theater" /
# "teatro", "système" / "sistema"), and doubled letters made single.
_SPELLINGS = (("ph", "f"), ("th", "t"), ("ch", "c"), ("k", "c"), ("qu", "c"), ("y", "i"),
              ("ß", "ss"))
_DOUBLED = re.compile(r"(.)\1")


# Endings one suffix takes in the languages ("Universität" / "university" / "universidad",
# "elektronisch" / "electronic", "Tourismus" / "tourism"), plural forms first.
_SUFFIXES = (("idades", "it"), ("idade", "it"), ("idad", "it"),
             ("ities", "it"), ("itats", "it"), ("itat", "it"), ("ites", "it"), ("ite", "it"),
             ("ita", "it"), ("ity", "it"), ("isch", "ic"), ("ique", "ic"), ("ico", "ic"),
             ("ica", "ic"), ("ismus", "ism"), ("ismo", "ism"), ("isme", "ism"))


def spelled_alike(word: str) -> str:
    """``word`` (folded) with the spellings of one sound made one, and one suffix's endings
    made one, for comparing cognates across languages."""
    for a, b in _SUFFIXES:
        if word.endswith(a) and len(word) - len(a) >= 4:
            word = word[:-len(a)] + b
            break
    for a, b in _SPELLINGS:
        if a in word:
            word = word.replace(a, b)
    return _DOUBLED.sub(r"\1", word)


_SENTENCE_END = re.compile(r"[.!?;\n]\s")


def _senders(text: str, at: int) -> bool:
    """Whether what stands at ``at`` is the sender's: a word of theirs comes before it in its
    sentence ("we", "unser", "nuestro"), or "I" without a word of the reader's ("I have
    ten years of experience", not "I saw your ten years")."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    # "we've", "I'm", "j'ai": the pronoun before the apostrophe.
    before = [re.split(r"['’]", w, maxsplit=1)[0] for w, _, _ in _words(text[start:at])]
    if any(w in _WE for w in before):
        return True
    # English "I" only in capitals: "i" is an Italian article.
    return (any(w in _I for w in before) or _CAPITAL_I.search(text, start, at) is not None) \
        and not any(w in _YOURS for w in before)


_I = frozenset(fold(w) for w in "ich je j yo io eu ik".split())
_CAPITAL_I = re.compile(r"\bI\b")
_YOURS = frozenset(fold(w) for w in """you your yours du dein deine deinem deinen deiner sie
    ihr ihre ihrem ihren ihrer tu tus te ti tuo tua tuoi tue vous votre vos ton ta tes su sus
    usted você seu sua seus suas teu jij jouw uw""".split())
_WE = _OURS | frozenset(fold(w) for w in """we us wir uns nosotros nosotras nous noi nós
    ours""".split())


# Parts of German compounds and the English words they stand for ("Wärmepumpen" is "heat
# pumps", "Greiferwechsel" a "gripper changeover"): a compound that reads as two neighbouring
# words of English notes is that phrase, as "heat pumps" would be. One part a line:
# English words: German forms (folded as written; a linking "s", "n", "en", "e" after a
# first part and an inflection after a last one are read through).
_PARTS = """
heat, thermal: wärme
pump: pumpe
water: wasser
sun, solar: sonnen, solar
wind: wind
energy, power: energie, strom, kraft
house, home: haus, häuser, heim
building: bau, bauten, gebäude
old: alt
new: neu
city, town, urban: stadt, städte
school: schule, schul
child, children, kid: kinder, kind
car: auto
bike, bicycle, cycle: rad, fahrrad
rail, railway, train: bahn, zug
tram: straßenbahn, tram
street, road: straßen, straße
bridge: brücke, brücken
market: markt
garden: garten
roof: dach, dächer
field: feld
forest: wald
lake: see
river: fluss
mountain: berg
island: insel
port, harbour, harbor: hafen
flight: flug
warehouse, storage: lager
wine: wein
beer: bier
bread: brot
coffee: kaffee
milk: milch
cheese: käse
meat: fleisch
fruit: obst
vegetable: gemüse
flower: blumen
tree: baum, bäume
wood, timber, wooden: holz
steel: stahl
glass: glas
paper: papier
plastic: plastik, kunststoff
waste, trash, garbage: abfall, müll
data: daten
set: satz
network, grid: netz
plant, factory, works: werk
traffic: verkehr
noise: lärm
air: luft
light, lighting: licht
heating: heizung
cooling, cold: kühl, kälte
game: spiel
book: buch
music: musik
art: kunst
photo: foto
language: sprach, sprache
teacher: lehrer
student, pupil: schüler
doctor: arzt
care, nursing: pflege
hospital: krankenhaus, klinik
dental, tooth: zahn
animal: tier
dog: hund
horse: pferd
bird: vogel
bee: bienen
fish: fisch
boat: boot
ship: schiff
sail, sailing: segel
gripper: greifer
changeover, change, swap: wechsel
robot: roboter
supply, delivery: liefer
chain: kette
price, pricing: preis
rent: miet, miete
housing, apartment, flat: wohn, wohnung, wohnungs
village: dorf
farmer: bauern, bauer
harvest: ernte
seed: saat
soil: boden
tower: turm
mill: mühle
delay: verspätung, verzögerung
battery: batterie, akku
charging, charge: lade, ladung
station: station, säule
bus: bus
parking: park
repair: reparatur
bakery: bäckerei
brewery: brauerei
shop, store: laden, geschäft
kitchen: küche
restaurant: restaurant
hotel: hotel
climate: klima
protection: schutz
safety, security: sicherheit
health: gesundheit
training: schulung, training
test: test
sensor: sensor
software: software
cloud: cloud
series: serie, reihe
humidity, moisture: feuchtigkeit, feuchte
temperature: temperatur
pressure: druck
online, web, internet: web, online, internet
shop, store: shop
map: karte, landkarte
heat: hitze
photo, photography: bild, photo
guide, manual: führer, leitfaden, handbuch
report: bericht
study: studie
project: projekt
festival: festival, fest
coast, coastal: küste, küsten
sea: meer
beach: strand
lighthouse: leuchtturm
church: kirche
castle: burg, schloss
library: bibliothek, bücherei
museum: museum
swimming, pool: schwimm, bad
sport, sports: sport
football, soccer: fußball
club: verein, club
youth, young: jugend
women: frauen
senior, elderly: senioren
family: familien, familie
migrant, refugee: flüchtlings, migranten
food: lebensmittel, essen
ice: eis
chocolate: schokolade
tea: tee
honey: honig
egg: eier
vegan: vegan
organic: bio, öko
farm: hof, bauernhof
cargo: lasten, fracht
container: container
truck, lorry: lkw, laster
drone: drohnen, drohne
apple: apfel, äpfel
grape, vine: trauben, reben
olive: oliven
"""


def _parts() -> dict[str, frozenset[str]]:
    """``{German part (folded): English words}``, built on first use."""
    if not _PART_INDEX:
        for line in _PARTS.strip().splitlines():
            english, german = line.split(":")
            words = frozenset(_singular(fold(w.strip())) for w in english.split(","))
            for form in german.split(","):
                form = fold(form.strip())
                _PART_INDEX[form] = _PART_INDEX.get(form, frozenset()) | words
    return _PART_INDEX


_PART_INDEX: dict[str, frozenset[str]] = {}
_LINKS = ("es", "en", "s", "n", "e")
_INFLECTIONS = ("", "n", "en", "e", "s", "er", "es", "ern", "nen")


def _singular(word: str) -> str:
    """An English word without its plural ending ("pumps" -> "pump", "buildings")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _compound(word: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The English words of each two neighbouring parts of a German compound, for each way it
    splits into known parts, two or three ("wärmepumpen" -> ({heat, thermal}, {pump}),
    "hitzeinselkarte" -> ({heat}, {island}) and ({island}, {map}))."""
    word = word.replace("-", "")
    out: list[tuple[frozenset[str], frozenset[str]]] = []
    for parts in _segments(word, 3):
        out.extend(zip(parts, parts[1:]))
    return out


def _segments(word: str, most: int) -> list[list[frozenset[str]]]:
    """Ways ``word`` splits into two to ``most`` known parts: a linking "s", "n", "en", "e"
    after a part, an inflection after the last."""
    parts = _parts()
    out: list[list[frozenset[str]]] = []
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        heads = [head] + [head[:-len(link)] for link in _LINKS
                          if head.endswith(link) and len(head) - len(link) >= 3]
        first = next((parts[h] for h in heads if h in parts), None)
        if first is None:
            continue
        for ending in _INFLECTIONS:
            if tail.endswith(ending):
                last = parts.get(tail[:len(tail) - len(ending)] if ending else tail)
                if last is not None:
                    out.append([first, last])
                    break
        if most > 2 and len(tail) >= 6:
            out.extend([first, *rest] for rest in _segments(tail, most - 1))
    return out


def _english_pairs(words: list[tuple[str, int, int]]) -> set[tuple[str, str]]:
    """Neighbouring words of an English text, singular ("heat pumps" -> ("heat", "pump")),
    a hyphenated pair too ("heat-pump")."""
    flat: list[str] = []
    for word, _, _ in words:
        flat.extend(_singular(w) for w in word.split("-") if w)
    return set(zip(flat, flat[1:]))


def compound_phrases(said: str, record_text: str) -> list[tuple[int, int]]:
    """Spans of ``said`` where a German compound stands for two neighbouring words of the
    record ("Wärmepumpen" / "heat pumps", "Greiferwechsel" / "gripper changeovers"), or two
    neighbouring English words for a compound of the record: a phrase, each."""
    said_words, record_words = _words(said), _words(record_text)
    out: list[tuple[int, int]] = []
    pairs = _english_pairs(record_words)
    for word, start, end in said_words:
        if len(word) >= 7 and any((a, b) in pairs for first, last in _compound(word)
                                  for a in first for b in last) \
                and not _senders(said, start):  # "wir bauen Wärmepumpen": the sender's
            out.append((start, end))
    if out:
        return out
    recorded = [split for word, _, _ in record_words if len(word) >= 7
                for split in _compound(word)]
    if recorded:
        said_flat = [(_singular(w), a, b) for word, a, b in said_words
                     for w in word.split("-") if w]
        for (x, a, _), (y, _, b) in zip(said_flat, said_flat[1:]):
            if any(x in first and y in last for first, last in recorded) \
                    and not _senders(said, a):
                out.append((a, b))
    return out


# Scales written short ("R$ 5 mi", "€1,5 Mio.", "$3M", "5M", "12 mn", "2 bn"), which the
# long forms of :func:`.crosslang.numbers` do not cover. "M" and "B" only in capitals: "3m"
# is three metres.
_SHORT_SCALE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(mi|mn|mio|bn|bi|mrd)\b\.?"
                          r"|(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(M|B)\b", re.IGNORECASE)
_SHORT_SCALES = {"mi": 1_000_000, "mn": 1_000_000, "mio": 1_000_000, "m": 1_000_000,
                 "bn": 1_000_000_000, "bi": 1_000_000_000, "mrd": 1_000_000_000,
                 "b": 1_000_000_000}


def _amounts(text: str) -> dict[int, tuple[int, int]]:
    """``{amount: (start, end)}`` of each amount with a scale, long or short ("5 milhões",
    "5 mi", "20k")."""
    from .crosslang import numbers  # read only for a message with a figure

    out: dict[int, tuple[int, int]] = {}
    for m in _SHORT_SCALE.finditer(text):
        digits, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if scale in ("m", "b"):
            continue  # lower case: metres, bytes, no scale
        value = round(float(digits.replace(",", ".")) * _SHORT_SCALES[scale.lower()])
        out.setdefault(value, (m.start(), m.end()))
    for value, start, end in numbers(text):
        if isinstance(value, int) and not 1900 <= value <= 2099 and not text[start:end].isdigit():
            out.setdefault(value, (start, end))
    return out


def scaled_amounts(said: str, record_text: str) -> list[tuple[int, int]]:
    """Spans of ``said`` giving an amount with its scale that the record gives with one too,
    however each writes it ("rodada de 5 mi" / "levantou R$ 5 milhões"): a figure and its
    scale, a phrase of two words."""
    if not any(c.isdigit() for c in record_text):
        return []
    recorded = _amounts(record_text)
    if not recorded:
        return []
    # The sender's own figure ("we saved clients 5M") is none of the reader's.
    return [span for value, span in _amounts(said).items()
            if value in recorded and (not _senders(said, span[0])
                                      or _senders(record_text, recorded[value][0]))]


def pieces(said: str, record_text: str) -> list[tuple[int, int]]:
    """Spans of ``said`` that give what the record gives in other words: a count with its
    unit ("unter einer Minute" / "under a minute") or a place by its adjective ("Wiener" /
    "Vienna"), one piece each."""
    from .places import find as find_places

    said_words, record_words = _words(said), _words(record_text)
    out: list[tuple[int, int]] = []
    recorded_counts = _counts(record_words)
    if recorded_counts:
        for key, (count, unit) in _counts(said_words).items():
            recorded = recorded_counts.get(key)
            # The sender's own count ("wir liefern in unter einer Minute") is no detail of the
            # reader's, unless the record gives it in the sender's words too ("our post
            # about changeovers in under a minute").
            if recorded is not None and (not _senders(said, count[0])
                                         or _senders(record_text, recorded[0][0])):
                # A count and its unit are a phrase, two pieces (either may have matched
                # as it is already: "édition" / "editions").
                out.extend((count, unit))
    named = {w for w, start, _ in record_words if record_text[start].isupper()}
    if named:
        recorded_places = {place for place, _, _ in find_places(record_text)}
        said_places = find_places(said)
        said_ids = {place for place, _, _ in said_places}
        out.extend(span for place, span in _places_said(
            said, said_words, named, recorded_places).items() if place not in said_ids)
        # The other way round: the record's adjective for a place the message names
        # ("Kölner Festival" in the notes, "the Cologne festival" in the message).
        by_adjective = _places_said(record_text, record_words, None, None)
        if by_adjective:
            spans = {place: (a, b) for place, a, b in said_places}
            spans.update((w, (a, b)) for w, a, b in said_words if said[a].isupper())
            out.extend(spans[place] for place in by_adjective
                       if place in spans and place not in recorded_places)
    return out
