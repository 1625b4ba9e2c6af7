"""Word lists the customization checks reason with, per language of business.

Everything here is data, written in plain (accented) words and folded at import time, so a
list can be read and extended by someone who speaks the language. Supported languages are
the ones :mod:`snowballstemmer` stems and we keep stop words for: English, Spanish, German,
French, Italian and Portuguese.

The lists encode three ideas of the policy:

* *stop words* carry no detail at all;
* *generic words* are content words that every outreach message uses ("conference",
  "post", "team", "network") and therefore never identify a person on their own;
* *cues* tell a vague personal claim ("loved your recent post") from plain mail merge.
"""

from __future__ import annotations

from .normalize import fold

LANGUAGES = ("english", "spanish", "german", "french", "italian", "portuguese")


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


STOP_WORDS: dict[str, frozenset[str]] = {
    "english": _words(
        """a about above after again against all am an and any are as at be because been
        before being below between both but by can could did do does doing don didn doesn
        isn wasn aren won couldn wouldn shouldn haven hasn down during each few for from
        further had has have having he her here hers herself him himself his how i if in
        into is it its itself just me more most my myself no nor not now of off on once only
        or other our ours ourselves out over own same she should so some such than that the
        their theirs them themselves then there these they this those through to too under
        until up very was we were what when where which while who whom why will with would
        you your yours yourself yourselves also via per yet ever every much many may might
        must shall let get got still even really quite rather well already always never often
        ago since though although however within without across around along among upon onto
        toward towards whether either neither whose something anything everything nothing
        someone anyone everyone one ones us hey oh ok okay yes"""
    ),
    "spanish": _words(
        """a al algo algunas algunos ante antes como cómo con contra cual cuál cuando de del
        desde donde dónde durante e el él ella ellas ellos en entre era es esa esas ese eso
        esos esta está están estas este esto estos estoy fue ha han hay he hemos la las le
        les lo los me mi mis muy más mucho nada ni no nos nosotros o os otra otro para pero
        poco por porque que qué quien se sea si sí sido sin sobre son su sus también te
        tengo tiene tienes ti tu tus tú un una uno unos usted ustedes y ya yo todo todos
        toda todas así vez aquí allí nuestra nuestro nuestros nuestras vuestro ser estar
        tener hace muchas muchos tras según"""
    ),
    "german": _words(
        """aber alle allem allen aller alles als also am an andere anderen auch auf aus bei
        beim bin bis bist da damit dann das dass dein deine deinem deinen dem den denn der
        des dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine
        einem einen einer eines er es etwas euch euer für gegen hab habe haben hat hatte
        hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in ist ja jede jeder
        jetzt kann kein keine können man mein meine meinem meinen mich mir mit muss nach
        nicht noch nun nur ob oder ohne sehr sein seine sich sie sind so soll über um und
        uns unser unsere unserem unseren unter viel vom von vor war waren was weil wenn wer
        wie wieder will wir wird wo wurde würde zu zum zur zwischen schon ganz gerne gern"""
    ),
    "french": _words(
        """à a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je j
        la le les leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par
        pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c
        d l m n s t y été être avoir ai as avons avez ont est suis es sommes êtes sont
        était très plus tout tous toute toutes aussi comme si sans sous entre chez depuis
        pendant lors fait peu déjà encore ici là cela ça celui celle ceux dont quand alors
        donc"""
    ),
    "italian": _words(
        """il lo la i gli le un uno una di a da in con su per tra fra e ed o ma che non si
        mi ti ci vi del della dei delle degli al alla allo ai alle nel nella nei nelle sul
        sulla è sono ho ha abbiamo hanno mio mia tuo tua suo sua nostro nostra vostro
        questo questa quello quella come anche più molto sei siamo era"""
    ),
    "portuguese": _words(
        """o a os as um uma de do da dos das em no na nos nas por para com sem e ou mas que
        não se me te eu você ele ela nós meu minha seu sua é são foi está estou muito mais
        como também ao à pelo pela isso isto esse essa este esta sobre todo toda todos todas
        até tem têm tenho temos há já quando onde quem depois antes durante desde sempre
        nunca aqui então porque pois nosso nossa nossos nossas vocês eles elas lhe lhes num
        numa pelos pelas aos às estão era eram ser ter muita muitos muitas outro outra
        outros outras mesmo mesma cada seus suas meus minhas ainda"""
    ),
}

# Content words every outreach message uses: they never identify a person on their own.
GENERIC_WORDS: dict[str, frozenset[str]] = {
    "english": _words(
        """hi hello dear hiya greetings regards best cheers thanks thank sincerely warm
        warmly kind connect connecting connected connection connections network networking
        invite invitation join add adding accept follow following follower followers profile
        feed linkedin twitter instagram youtube facebook tiktok email mail message messages
        note notes inbox dm reach reaching touch chat chatting call calls meeting meet met
        catch conversation talk talking talks coffee quick question questions look looking
        forward keen love loved like liked enjoy enjoyed great good nice lovely amazing
        awesome brilliant fantastic impressive inspiring interesting incredible cool fun
        exciting excited happy glad pleased hope hoping wish wonderful thought think thinking
        idea ideas insight insights perspective share sharing shared learn learning hear
        hearing read reading saw see seeing seen noticed notice came across come found find
        stumbled popped post posts posted article articles content thread threads update
        updates story stories work working worked job role position career company companies
        business businesses organization organisation team teams people folks industry space
        sector world community professional professionals expert experts leader leaders
        leadership mission passion passionate journey experience background achievements
        success opportunity opportunities collaboration collaborate together help helping
        support value valuable event events conference conferences summit meetup webinar
        workshop panel session presentation present presented keynote speaker speaking spoke
        expo forum congress convention symposium fair show festival fest days live week
        world annual global meetups roundtable
        recent recently lately latest last next new today yesterday tomorrow week weeks month
        months year years day days time times moment soon thing things stuff lot lots bit way
        ways sure definitely minute minutes min want wanted make made doing done going go
        keep keeping stay staying morning afternoon evening congrats congratulations product
        products service services solution solutions platform tool tools demo offer
        customers clients results info information details name title contact contacts
        related relevant similar topic topics area areas interest interests interested focus
        fan big huge mutual common wrote write written discussed discuss mentioned mention
        asked attended commented replied tweeted published amazing doing things send sent
        hope thoughts feedback chance point points part piece side lead head manager director
        mr mrs ms dr best wishes back while ago
        award awards prize prizes honor honour honors honours recognition nomination
        nominated promotion promoted launch launched launching milestone milestones
        anniversary achievement achievements win won winning funding raise raised
        podcast podcasts episode episodes video videos paper papers book books newsletter
        blog essay interview interviews speech tweet tweets comment comments reply
        dinner lunch breakfast party reception
        hall halls booth stand room lobby floor stage ballroom auditorium pavilion lounge
        fellow enthusiast enthusiasts lover lovers aficionado geek nerd junkie buff
        caught eye attention grabbed resonated
        spotted notice noticing gather understand understood curious keen into passion
        heart hearts kind person anyone someone know knew seems plenty overlap overlaps"""
    ),
    "spanish": _words(
        """hola saludos saludo gracias estimado estimada querido querida conectar conectemos
        señor señora señorita sr sra srta don doña dra
        conexión contactos contacto perfil publicación publicaciones artículo contenido
        trabajo empresa equipo evento conferencia congreso charla reunión conocer conocerte
        conocí encantado encantada gustaría gustó genial interesante excelente gran buen
        bueno abrazo cordial atentamente mensaje correo seguir siguiendo ver vi leí leer
        reciente semana mes año día hoy pronto tiempo cosas sector industria experiencia
        oportunidad ayudar compartir aprender hablar charlar llamada tema proyecto placer
        felicidades enhorabuena premio premios galardón reconocimiento ascenso lanzamiento
        podcast episodio libro vídeo entrevista intereses interesan interesa
        visto veo noté notado interesado interesada interesados interés apasiona apasionan
        apasionado apasionada consta sé sabes gusta gustan encanta encantan corazón temas
        común comunes compartimos compartidos compartidas tenemos muchos muchas muchísimos
        muchísimas tantos tantas"""
    ),
    "german": _words(
        """hallo liebe lieber geehrte geehrter grüße gruß viele beste freundlichen danke
        herr herrn frau hr fr
        vielen vernetzen netzwerk kontakt profil beitrag beiträge artikel inhalt arbeit
        unternehmen firma team veranstaltung konferenz kongress vortrag treffen getroffen
        gespräch austausch kennenlernen kennenzulernen freuen freue toll spannend interessant
        super großartig woche monat jahr tag heute bald zeit branche erfahrung gelegenheit
        helfen teilen lernen sprechen anruf thema projekt nachricht glückwunsch bereich
        rahmen zuge hinblick zusammenhang namen moment gespräche preis auszeichnung
        beförderung podcast folge buch video interview interessen interessieren
        sehe sehen gesehen bemerkt bemerke interessiert interessierst interesse begeistert
        begeistern beschäftigen beschäftigt klasse prima genial hervorragend inspirierend
        offenbar offensichtlich themen liegen liegt herzen weiß wissen gemeinsam gemeinsame
        gemeinsamen gemeinsamkeit gemeinsamkeiten geteilt geteilte geteilten haben so"""
    ),
    "french": _words(
        """bonjour salut cher chère madame monsieur cordialement bien merci amitiés connecter
        réseau contact profil publication article contenu travail entreprise société équipe
        événement conférence congrès présentation intervention échange échanger échangé
        rencontre rencontrer rencontré ravi ravie plaisir super génial intéressant excellent
        semaine mois année an jour aujourd bientôt temps secteur industrie expérience
        opportunité aider partager apprendre parler appel sujet projet message mail
        entendu entendue entendus entendre écouté écoutée
        courriel félicitations bravo prix récompense promotion lancement podcast épisode
        livre vidéo entretien intérêts intéresse intéressez
        vu vois remarqué constaté intéressé intéressée intéressent passionné passionnée
        passionne passionnent sais sait savoir tiennent tient cœur coeur aimez adorez sujets
        commun communs commune communes partagés partagées partageons avons beaucoup plein
        tant"""
    ),
    "italian": _words(
        """ciao buongiorno gentile saluti grazie contatto profilo rete lavoro azienda
        signor signore signora signorina sig sigra dott dottssa
        squadra evento conferenza incontro piacere articolo post progetto settimana mese
        anno giorno oggi complimenti premio promozione lancio libro video intervista
        interessi interessa interessano interessato interessata visto vedo notato
        appassionato appassionata appassiona ottimo ottima bello bella bellissimo
        bellissima interessante fantastico grande so sai ami piace piacciono cuore temi
        comune comuni condivisi condivise condividiamo abbiamo molti molte tanti tante
        tantissimi tantissime moltissimi moltissime"""
    ),
    "portuguese": _words(
        """olá oi prezado prezada obrigado obrigada contato perfil rede trabalho empresa
        senhor senhora sr sra dona
        equipe evento conferência encontro prazer artigo publicação projeto semana mês ano
        dia hoje parabéns prêmio prémio promoção lançamento livro vídeo entrevista
        interesses interessa interessam interessado interessada interesse vi vejo notei
        reparei apaixonado apaixonada sei sabe curte curtir gosta adora ama coração temas
        comum comuns partilhados partilhadas compartilhados compartilhadas partilhamos
        compartilhamos temos muitos muitas muitíssimos muitíssimas tantos tantas"""
    ),
}

# Long words that fill many profiles and headlines ("sustainability", "leadership",
# "Digitalisierung"): a field anyone may be in. Any other long content word the record and
# the message share is a rare, specific term ("lipidation", "hydroponics"), a detail on its
# own (see details.rare_term).
COMMON_FIELD_WORDS = _words(
    """sustainability sustainable leadership innovation innovative management marketing
    development developer technology technologies engineering engineer operations operational
    strategy strategic transformation education educational healthcare logistics consulting
    consultant partnerships partnership entrepreneurship entrepreneur analytics communication
    communications international procurement manufacturing infrastructure recruitment
    recruiting recruiter automation architecture architect photography agriculture hospitality
    construction distribution compliance accounting investment investments investor insurance
    ecommerce cybersecurity security intelligence artificial blockchain software hardware
    research researcher philanthropy nonprofit diversity inclusion wellbeing wellness
    mentoring mentorship coaching negotiation storytelling networking fundraising
    digitalisation digitalization digital transformation finance financial economics business
    customer customers experience experienced professional professionals product products
    production productivity creative creativity industry industrial commercial enterprise
    startups startup founder founders executive executives director manager managers
    management operations organisational organizational performance excellence quality
    solutions services platform platforms technical scientist science sciences scientific
    medicine medical clinical hospital pharmaceutical pharma biotech biotechnology
    environment environmental energy renewable renewables climate transport transportation
    mobility property properties estate realestate hospitality tourism restaurant restaurants
    marketing advertising branding content journalism media publishing writing education
    teaching teacher learning training student students university academic community
    government governance policy public relations affairs human resources talent people
    culture cultural design designer fashion retail wholesale supply chain purchasing
    planning project projects program programme programs consulting advisory analysis analyst
    data database databases computing computer cloud network networks systems system
    electrical mechanical chemical chemistry biology physics mathematics statistics
    nachhaltigkeit digitalisierung innovation führung entwicklung technologie
    unternehmensführung vertrieb beratung forschung bildung gesundheit logistik
    sostenibilidad innovación liderazgo transformación digitalización desarrollo tecnología
    estrategia comunicación educación consultoría emprendimiento
    durabilité développement technologie stratégie communication éducation entrepreneuriat
    numérique transformation sostenibilità innovazione sviluppo tecnologia strategia
    comunicazione formazione imprenditorialità sustentabilidade inovação liderança
    desenvolvimento tecnologia estratégia comunicação educação empreendedorismo
    competition competitions exhibition exhibitions concorso wettbewerb concours concurso
    competición competizione exposición exposition mostra ausstellung exposição
    tournament championship conference presentation collaboration opportunity
    cardiology oncology neurology radiology psychology psychiatry sociology biology ecology
    geology dermatology pediatrics paediatrics orthopedics orthopaedics immunology
    neuroscience economics linguistics robotics mathematics physics genetics genomics
    nutrition accessibility semiconductors semiconductor telecommunications telecom aerospace
    automotive pharmaceuticals pharmacology translation localization localisation
    architecture interiors landscaping horticulture veterinary dentistry nursing midwifery
    physiotherapy psychotherapy counseling counselling hospitality gastronomy catering
    winemaking viticulture brewing baking furniture textiles jewellery jewelry ceramics
    illustration animation filmmaking videography podcasting copywriting translation
    accounting bookkeeping payroll taxation litigation arbitration immigration employment
    regulatory regulation governance privacy cryptography biotechnology nanotechnology
    bioinformatics epidemiology microbiology biochemistry chemistry neuroscience
    psicología economía arquitectura biología ingeniería fotografía traducción
    psychologie wirtschaft architektur biologie ingenieurwesen fotografie übersetzung
    économie ingénierie photographie traduction psicologia economia architettura biologia
    ingegneria fotografia traduzione arquitetura engenharia tradução"""
)

# Words of every language that are also first names often enough to matter.
COMMON_WORDS = frozenset().union(*GENERIC_WORDS.values()) | _words(
    """hope grace joy faith rose may june april summer autumn will mark bill frank art
    dawn sky victor ernest sunny honey amber ruby pearl iris ivy hazel olive"""
)

# Words a greeting or sign-off is made of; a message made only of these (and names) is empty.
FRAME_WORDS = _words(
    """hi hello hey hiya dear greetings regards best cheers thanks thank you sincerely warm
    warmly kind yours all the best wishes hola estimado estimada querido querida saludos
    atentamente hallo liebe lieber sehr geehrte geehrter grüße gruß viele beste freundlichen
    bonjour salut cher chère madame monsieur cordialement bien à vous ciao buongiorno gentile
    olá oi prezado prezada mr mrs ms dr"""
)

# What a first-name field sometimes holds that is not a name: a greeting built from it is a
# render problem ("Dear Dr.,", "Hi N/A,", "Hola Dra.,", "Gentile Sig.ra,", "李先生"), in every
# language the policy reads. Kept folded and without punctuation or spaces ("Sig.ra" is
# "sigra", "N/A" is "na"): see :func:`.greeting.is_name`.
NOT_NAMES = frozenset(
    "".join(c for c in fold(w) if c.isalnum()) for w in
    """dr mr mrs ms mx miss prof professor sir madam madame dame herr frau sr sra srta don dona
    m mme mlle dott dottssa ing mag na n/a none null nil unknown undefined tbd tba test
    firstname first_name name fname customer user contact friend
    dra dres señor senor señora senora señorita senorita doctor doctora lic
    doutor doutora dona senhor senhora srª sr.ª
    sigra signor signore signora signorina dottore dottoressa profssa avv
    monsieur mademoiselle docteur maitre maître herrn frl dipl
    cliente kunde client nombre nome prenom prénom vorname
    先生 女士 小姐 老师 总 经理 博士 様 さま さん 氏 殿 御中 各位 님 씨 선생님 고객 고객님 귀하 회원님""".split()
)

# Months, weekdays and seasons: they date a claim but never name a place or event.
TIME_WORDS = _words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    lunes martes miércoles jueves viernes sábado domingo primavera verano otoño invierno
    januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag
    freitag samstag sonntag frühling sommer herbst janvier février mars avril juin juillet
    août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi
    dimanche printemps été automne hiver"""
)

# Languages a talk is given in ("your keynote in German"): after "in", not a place.
LANGUAGE_NAMES = _words(
    """english spanish german french italian portuguese chinese mandarin japanese korean dutch
    inglés español alemán francés italiano portugués chino japonés coreano englisch spanisch
    deutsch französisch italienisch portugiesisch chinesisch japanisch koreanisch anglais
    espagnol allemand français italien portugais chinois japonais coréen inglese spagnolo
    tedesco francese portoghese cinese giapponese coreano inglês espanhol alemão francês
    português chinês japonês"""
)

# Prepositions (and articles fused with them) that introduce where something happened.
VENUE_PREPOSITIONS = _words(
    """at in during @ en durante auf bei beim im während à au aux lors pendant em no na
    nel alla al allo ao"""
)
# Of those, the ones that introduce an occasion rather than a place ("at", "auf", "lors").
EVENT_PREPOSITIONS = _words("at @ during auf bei beim während lors pendant au aux durante")
DETERMINERS = _words(
    """the our your this that last a an la le les l el los las der die das dem den des du
    de del unserer unserem unseren ihrer ihrem votre notre nuestra nuestro su o os il lo gli
    no na nel nella al alla quel quella aquele aquela esse essa"""
)
# Words that may sit inside a proper name ("Journal of Nursing Education", "Salón de Otoño").
NAME_CONNECTORS = _words("of de del der du des for für & and y et the la le")

# Who a clause is about: a venue or topic in a clause that only speaks of the sender ("in our
# Slack", "I'll be at Wind Europe") is no claim about the reader.
FIRST_PERSON = _words(
    """i me my mine myself we us our ours ourselves ich mich mir mein meine meinem meinen
    meiner wir uns unser unsere unserem unseren unserer je j me moi mon ma mes nous notre nos
    yo me mi mis nosotros nosotras nuestro nuestra nuestros nuestras io mio mia miei mie noi
    nostro nostra eu meu minha meus minhas nós nosso nossa"""
)
# What the sender heard or read of the reader ("I hear Pellow Cross hosted ...", "ich habe
# gelesen, dass ...", "j'ai appris que ..."): the first person before it reports, and the
# clause is about the reader.
HEARSAY = _words(
    """hear heard read saw see noticed notice understand gather gathered learned learnt
    spotted enteré entere supe leí lei vi oído oido escuché escuche gehört gelesen
    gesehen erfahren hörte sah appris lu entendu vu remarqué sentito letto saputo visto
    notato soube li ouvi vi reparei fiquei"""
)
FIRST_POSSESSIVES = _words(
    """my our mein meine meinem meinen meiner unser unsere unserem unseren unserer mon ma mes
    notre nos mi mis nuestro nuestra nuestros nuestras mio mia nostro nostra meu minha nosso
    nossa"""
)
SECOND_PERSON = _words(
    """you your yours yourself du dich dir dein deine deinem deinen deiner ihnen euch euer tu
    te toi ton ta tes vous votre vos tú ti tus usted ustedes vosotros tuo tua tuoi vostro
    vostra você vocês teu tua seu sua contigo convosco"""
)

# Codes of countries and regions, written in capitals ("PyCon US", "KubeCon EU"): a region
# a city may lie in, not a subject ("ML", "UX").
REGION_CODES = _words("""eu us usa uk gb de fr es it pt nl be ch at ie pl se no dk fi jp
    kr cn tw hk in br mx ar co cl pe ca au nz za ng ke uae emea apac latam dach anz amer
    nyc""")

# One place, several names ("Köln" / "Cologne"): a message may translate the record's place.
# Places that share their first four letters ("Lisboa" / "Lisbon") need no entry.
EXONYMS: tuple[frozenset[str], ...] = tuple(_words(group) for group in (
    "munich münchen monaco", "cologne köln colonia", "vienna wien viena vienne",
    "prague praha prag praga", "warsaw warszawa varsovie varsovia", "rome roma rom",
    "florence firenze florenz florencia", "venice venezia venedig venise venecia",
    "naples napoli neapel napoles", "turin torino", "geneva genève genf ginevra ginebra",
    "brussels bruxelles brüssel bruselas bruxelas", "antwerp antwerpen anvers amberes",
    "hague haag haye", "copenhagen københavn kopenhagen copenhague", "gothenburg göteborg",
    "moscow moskau moscou moscú mosca", "athens athen athènes atenas atene",
    "seville sevilla séville", "london londres londra", "paris parigi", "berlin berlino",
    "frankfurt francfort fráncfort francoforte", "nuremberg nürnberg norimberga",
    "bavaria bayern bavière baviera", "lyon lyons lione", "marseille marseilles marsella",
    "beijing peking pékin pekín pechino 北京", "shanghai 上海", "tokyo tokio 東京",
    "seoul séoul seúl 서울", "krakow kraków krakau cracovie cracovia", "basel bâle basilea",
    "lucerne luzern lucerna", "milan milano mailand milán", "dusseldorf düsseldorf",
    "hanover hannover hanovre", "the hague den haag", "mexico méxico", "lisbon lisboa lisbonne",
))

# Nouns and verbs a topic hangs on ("your talk on X", "we argued about Y"), and the
# prepositions that introduce the topic.
TOPIC_ANCHORS = _words(
    """talk talks keynote session panel presentation presented post posts article paper piece
    thread podcast episode video webinar workshop book essay newsletter interview study
    research chat chats conversation conversations discussion question questions comment
    comments talked spoke speak speaking argued debated chatted discussed wrote writing
    asked charla ponencia artículo presentación publicación vortrag beitrag artikel
    präsentation gespräch intervention conférence présentation publication discussion
    articolo intervento presentazione palestra artigo apresentação
    conf confs exposé échange échangé atelier table ronde parlé parlait parlais parler
    discuté hablar hablamos hablaste habló hablaron hablaba contaste contó charlamos
    conversación intervención exposición conversa conversamos conversou falamos falou
    falaram falar painel apresentou parlato parlare parlò parlammo chiacchierata
    conversazione relazione keynote panel diskussion sprach sprachen gesprochen workshop
    charlar charlaste conversar comentar comentaste comentamos platicar platicamos
    chiacchierare discutere discusso discuter échanger discutir discutimos
    unterhalten besprochen
    said say says mentioned mention told explained explain
    dijiste dijo dicho mencionaste mencionó explicaste explicó
    gesagt erwähnt erwähnten erklärt erzählt erzähltest
    dit mentionné expliqué raconté
    detto menzionato spiegato raccontato
    disse mencionou mencionaste explicou contou
    fala comunicação intervenção oficina mesa episódio vídeo fio pergunta comentário
    episodio hilo entrada pregunta comentario taller
    épisode vidéo fil billet commentaire
    laboratorio domanda commento
    vorträge folge kommentar frage podiumsdiskussion impulsvortrag"""
)
TOPIC_PREPOSITIONS = _words(
    """on about regarding around sobre über zum zur sur su acerca sul sulla sullo sui sugli
    sulle riguardo concernant"""
)
# Prepositions that introduce a topic only right after a topic word ("Ihr Vortrag zu X",
# "quick note re: X"): elsewhere they say something else ("Lust zu reden").
ANCHORED_PREPOSITIONS = _words("zu re")
# Verbs of talking, and the plain "of" they take their subject with ("habló de X", "parlato
# di X", "falou do X", "parlé des X"): "de" is a topic preposition only right after one.
TALK_VERBS = _words(
    """habló hablaron hablamos hablaste hablar hablaba habla contó contaste charlamos
    parlé parlait parler parlais parla parlato parlare parlò parlammo falou falamos falar
    falaram falava conversamos conversou"""
)
BOUND_PREPOSITIONS = _words("de del des du di della delle dei degli dello do da dos das")
# Italian topic prepositions elided onto the next word ("sull'irrigazione", "dell'acqua").
ELIDED_TOPIC_PREPOSITIONS = ("sull", "dell")
# Verbs whose object is the topic, without a preposition ("discussed triage burnout").
TOPIC_DIRECT_VERBS = _words("discussed debated compared argued discutimos diskutiert discuté")

# What the reader holds against something, in the record: what follows a complaint
# ("left the pilot citing alert fatigue") or a preference's other side ("prefers weekly
# summaries over real-time alerts"). A message saying they loved it contradicts the record.
DISLIKE_CUES = _words(
    """citing complained complains complaining frustrated frustration disliked dislikes
    hated hates unhappy annoyed quejó queja quejas quejándose quejaba frustrado frustrada
    odia detesta molesto
    beschwerte beschwert ärgerte genervt unzufrieden plaint plainte frustré frustrée déteste
    mécontent lamentato lamentela scontento reclamou reclamação insatisfeito
    against opposes opposed"""
)
PREFER_WORDS = _words("""prefers preferred prefiere prefería bevorzugt préfère preferisce prefere
    advocates favours favors recommends""")
CONTRAST_WORDS = _words("over than instead statt anstatt gegenüber lugar plutôt invece vez")
# Liking, in a message: "you loved the real-time alerts", "te encantó", "vous avez adoré".
LIKE_WORDS = _words(
    """loved love liked like enjoyed enjoy adored favourite favorite encantó encantaron gustó
    gustaron gustara gustaran encantara encantaran disfrutaste disfrutaras gefallen gefiel
    gefällt begeistert adoré aimé plu adorato piaciuto piaciuta piaciuti piaciute adorou
    gostou gostaste amou curtiu fan fans"""
)

# Negations: "you didn't like the alerts" agrees with a record of complaints.
NEGATIONS = _words(
    """not no never didn don doesn wasn weren isn hardly nicht kein keine nie ne pas jamais
    non nunca não nem tampoco nada nessuno mai"""
)

# Possessives that turn a following noun into a claim about the reader ("your talk").
POSSESSIVES = _words(
    """your yours ihr ihre ihren ihrem ihrer dein deine deinen deinem votre vos ton ta tes
    tu tus su sus vostro vostra tuo tua seu sua teu tua"""
)
CLAIM_NOUNS = _words(
    """post posts article talk thread threads tweet tweets podcast episode video content
    work company team brand business startup product app game shop store campaign
    presentation keynote session panel paper research book newsletter blog comment comments
    project webinar journey story insights thoughts take perspective question piece writing
    profile achievements achievement award promotion success growth background career
    updates launch announcement speech interview equipo negocio marca publicación artículo charla ponencia presentación trabajo
    empresa perfil contenido proyecto hilo libro beitrag artikel vortrag präsentation arbeit
    unternehmen firma inhalte projekt buch marke publication présentation conférence
    intervention travail entreprise contenu projet livre fil équipe marque articolo progetto
    lavoro azienda artigo projeto trabalho"""
)
# Past interactions, and congratulations (which claim an event in the reader's life):
# claiming one without naming it is a vague claim, not mail merge.
INTERACTION_WORDS = _words(
    """met meeting chatting chatted talked caught conversation spoke discussed discussion
    enjoyed reconnect reconnecting reconnected saw seeing congrats congratulations
    felicidades enhorabuena glückwunsch gratuliere félicitations conocimos conocí charlamos hablamos conversación vimos coincidimos
    getroffen kennengelernt gespräch unterhaltung unterhalten gesehen rencontré rencontrée
    rencontre échangé échange discuté discussion vu incontrato conosciuto conversa
    conhecemos begegnet begegneten begegnung incontrati conosciuti rencontrés encontramos
    ausgetauscht austausch gesprochen sprachen unterhielten trafen kennenlernen
    conversamos conversado hablado charlado coincidido encontrado
    parlé parlés échangés discutés croisés
    parlato chiacchierato discusso parlati incontrate
    falamos falado conversar encontrado encontrados"""
)
# Topic anchors that describe an exchange: "we" then means the sender and the reader.
EXCHANGE_WORDS = INTERACTION_WORDS | _words(
    """chat chats conversation conversations discussion talked spoke argued debated chatted
    discussed asked question questions gespräch charla discussion"""
)
# Vague times that date a claim without saying what happened ("great to see you the other
# day"), as folded word pairs.
VAGUE_TIMES = frozenset({("other", "day"), ("otro", "dia"), ("autre", "jour"), ("anderen", "tag")})
EVENT_NOUNS = _words(
    """summit conference event workshop meetup webinar panel expo fair show congress forum
    roundtable hackathon convention symposium meeting keynote session dinner breakfast
    mixer cumbre conferencia evento taller feria congreso foro jornada jornadas konferenz
    veranstaltung messe kongress tagung gipfel sommet conférence événement atelier salon
    congrès forum fiera convegno evento feira"""
)

# First-person openings that introduce the sender ("I run", "we're building", "je suis").
SELF_SUBJECTS = _words("i we my our ich wir mein unser je nous mon notre yo nosotros mi io noi eu nós")
SELF_VERBS = _words(
    """am run work lead head manage build building built are founded founder help helping
    hiring recruit own name is studying teach research soy trabajo dirijo llamo somos
    ayudamos bin arbeite leite heiße sind bauen helfen suis travaille dirige appelle
    sommes aidons sono lavoro sou trabalho"""
)

# Generic notes no platform lists but everybody pastes. Channel plugins add their own.
GENERIC_PHRASES: tuple[str, ...] = (
    # English: invitations and follow-backs
    "I'd like to add you to my professional network",
    "I'd like to add you to my professional network on LinkedIn",
    "I'd like to invite you to join my network",
    "I'd like to connect with you",
    "I'd like to connect",
    "I would love to connect",
    "I'd be honored to join your network",
    "I'd love to be part of your network",
    "It would be great to have you in my network",
    "Would be great to connect",
    "Looking forward to connecting with you",
    "Hope to connect",
    "Let's connect",
    "Let's stay connected",
    "Let's keep in touch",
    "Let's stay in touch",
    "Happy to connect",
    "Great to connect",
    "Nice to connect with you",
    "Pleasure to connect",
    "Glad to be connected",
    "Thanks for connecting",
    "Thank you for connecting",
    "Thanks for accepting my invitation",
    "Thanks for the follow",
    "Thanks for following",
    "Thanks for following along",
    "Appreciate the follow",
    "Followed you back",
    "Adding you to my network",
    "Looking to expand my network",
    "I'm expanding my network",
    "I came across your profile and would like to connect",
    "I came across your profile",
    "Your profile popped up in my feed and I thought we should connect",
    "Your profile caught my eye",
    "We have mutual connections",
    "We have a lot in common",
    "I'm always looking to connect with like-minded professionals",
    "I'm looking to connect with professionals in my industry",
    "I'd like to grow my professional network",
    "Always happy to connect with fellow professionals",
    "I saw your profile and wanted to connect",
    "Your name came up and I thought I'd reach out",
    "I noticed we have some mutual connections",
    "I see we work in the same industry",
    "I'd love to learn more about what you do",
    "I'd love to pick your brain",
    "Would love to hear more about your work",
    # English: e-mail openers and bumps
    "I hope this message finds you well",
    "I hope this email finds you well",
    "I hope you're doing well",
    "Hope all is well",
    "Hope you're having a great week",
    "I wanted to reach out",
    "I wanted to reach out and introduce myself",
    "Just checking in",
    "Just following up",
    "Just wanted to follow up",
    "Just bumping this to the top of your inbox",
    "Touching base",
    "Circling back on my last email",
    # Spanish
    "Me gustaría añadirte a mi red profesional de LinkedIn",
    "Me gustaría agregarte a mi red profesional",
    "Me encantaría conectar contigo",
    "Me gustaría formar parte de tu red",
    "Gracias por conectar",
    "Gracias por aceptar mi invitación",
    "Gracias por seguirme",
    "Conectemos",
    "Sigamos en contacto",
    "Espero que estés bien",
    "Espero que este mensaje te encuentre bien",
    "Solo quería hacer seguimiento",
    # German
    "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen",
    "Ich würde mich gerne mit Ihnen vernetzen",
    "Gerne möchte ich mich mit Ihnen vernetzen",
    "Lass uns vernetzen",
    "Danke fürs Folgen",
    "Danke für die Vernetzung",
    "Vielen Dank für die Kontaktanfrage",
    "Ich hoffe, es geht Ihnen gut",
    "Ich wollte kurz nachfassen",
    # French
    "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn",
    "J'aimerais vous inviter à rejoindre mon réseau",
    "J'aimerais me connecter avec vous",
    "Je serais ravi de rejoindre votre réseau",
    "Merci de me suivre",
    "Merci pour la connexion",
    "Merci d'avoir accepté mon invitation",
    "Restons en contact",
    "J'espère que vous allez bien",
    "Je me permets de revenir vers vous",
    # Italian and Portuguese
    "Vorrei aggiungerti alla mia rete professionale su LinkedIn",
    "Gostaria de adicioná-lo à minha rede profissional no LinkedIn",
    # Chinese
    "我想邀请您加入我的领英人脉",
    "希望加您为好友",
    "很高兴认识您",
    "很高兴认识你",
    "希望和您建立联系",
    "感谢关注",
    "谢谢关注",
    "期待与您交流",
    "希望能和您保持联系",
    # Japanese
    "LinkedInでつながりましょう",
    "つながり申請させていただきました",
    "ネットワークに招待します",
    "フォローありがとうございます",
    "今後ともよろしくお願いいたします",
    # Korean
    "링크드인 네트워크에 추가하고 싶습니다",
    "인맥을 넓히고 싶습니다",
    "팔로우 감사합니다",
    "연결하고 싶습니다",
    "반갑습니다",
    "좋은 인연이 되었으면 합니다",
    "좋은 인연 이어가고 싶습니다",
    "앞으로도 연락 주고받으면 좋겠습니다",
    "앞으로 잘 부탁드립니다",
    "잘 부탁드립니다",
    "좋은 하루 보내세요",
    "언제든 편하게 연락 주세요",
    "함께 성장하는 관계가 되었으면 좋겠습니다",
)

# Merge-field names, compared without case, spaces, dashes or underscores ("FIRST_NAME").
MERGE_FIELDS = _words(
    """firstname fname lastname lname fullname name company companyname organization
    organisation org orgname title jobtitle position role city country industry website
    email phone sender sendername myname yourname recipient recipientname contactname
    accountname projectname productname eventname first last surname vorname nachname
    nombre apellido empresa prénom nom société entreprise firma insertname insertcompany
    nome cognome azienda ruolo sobrenome cargo puesto cidade ciudad città ville
    nomeazienda nomeempresa nombreempresa
    姓名 名字 称呼 公司 公司名 职位 名前 お名前 氏名 会社名 社名 役職 이름 성함 회사 회사명 직함"""
)
# Merge-field words that name the person or their company in every language: what a slot in
# plain parentheses ("(Your Name)", "(nome)") must hold to be one, since prose uses them too.
NAME_FIELDS = _words(
    """name firstname lastname fullname surname company companyname nombre apellido empresa
    vorname nachname firma unternehmen prénom nom société entreprise nome cognome azienda
    sobrenome
    姓名 名字 称呼 公司 公司名 名前 お名前 氏名 会社名 社名 이름 성함 회사 회사명"""
)
# Words that mark bracketed text as an instruction or slot ("[Insert personal note here]").
SLOT_WORDS = _words(
    """name company insert your here add personal personalized personalised recipient
    contact first last title city firm org organization event project product date
    detail details sentence placeholder todo tbd xxx nombre apellido empresa cargo insertar
    aquí vorname nachname firma unternehmen position einfügen hier prénom nom entreprise
    société poste insérer ici nome cognome azienda ruolo inserisci qui sobrenome cargo
    inserir aqui destinatario destinatário destinataire empfänger cliente client kunde
    姓名 名字 称呼 公司 职位 名前 氏名 会社名 役職 이름 성함 회사명 직함"""
)

# Kinds of places that names translate word for word ("Golfo de Corcovado" is the "Corcovado
# Gulf", "Lago di Como" "Lake Como"): a name is the same when only these differ, as one kind.
GEO_FEATURES: dict[str, int] = {
    fold(word): n
    for n, words in enumerate((
        "gulf golfo golf golfe", "bay bahía bahia baía baia bucht baie",
        "lake lago see lac lough loch", "river río rio fluss fleuve rivière fiume",
        "mount mountain monte montaña montanha berg mont montagne montagna",
        "island isla ilha insel île isola", "cape cabo kap cap capo",
        "valley valle vale tal vallée", "sea mar meer mer mare",
        "strait estrecho estreito meerenge détroit stretto", "coast costa küste côte",
        "peninsula península halbinsel péninsule penisola", "forest bosque wald forêt foresta "
        "floresta", "desert desierto wüste désert deserto", "glacier glaciar gletscher glacier "
        "ghiacciaio geleira", "national nacional nationale nazionale",
    ))
    for word in words.split()
}

# Short forms notes are written in ("met at the intl conf on soil mgmt", "Univ. of Tartu",
# "ep. 12"), keyed as the word they stand for, so that the message's full words match them.
# Only forms that stand for one word in every language the policy reads: not "uni" (German
# and British), "dev", "eng", "st" (street or saint); and never in capitals ("EP", "EPS"
# are acronyms of their own).
ABBREVIATIONS: dict[str, str] = {
    fold(short): fold(full)
    for pair in """univ:university intl:international natl:national conf:conference
        mgmt:management mgt:management govt:government dept:department assoc:association
        approx:approximately ep:episode eps:episodes mfg:manufacturing mfr:manufacturer
        mktg:marketing bldg:building hosp:hospital inst:institute cttee:committee
        ctte:committee svcs:services mtg:meeting mtgs:meetings yrs:years
        abt:about tmrw:tomorrow depto:departamento dpto:departamento asoc:asociación
        dépt:département""".split()
    for short, full in [pair.split(":")]
}

# Numbers written as words, two to nineteen and the tens, in the languages with word stems
# ("six new apprentices" for notes "6 apprentices"): their key is the digits, as a number's
# is. "One" is left out ("un", "ein", "one of"), and so are words that are mostly something
# else.
NUMBER_WORDS: dict[str, str] = {
    fold(word): str(n)
    for words in (
        "two three four five six seven eight nine ten eleven twelve",
        "dos tres cuatro cinco seis siete ocho nueve diez - doce",
        "zwei drei vier fünf sechs sieben acht neun zehn - zwölf",
        "deux trois quatre cinq six - huit neuf dix onze douze",
        "- tre quattro cinque sei sette otto nove dieci undici dodici",
        "dois tres quatro cinco seis sete oito nove dez onze doze",
    )
    for n, word in enumerate(words.split(), 2) if word != "-"
} | {"duas": "2", "due": "2", "sept": "7"} | {
    # Thirteen to nineteen and the tens ("treinta campañas" for "30 campañas"); left out
    # where a word is mostly something else: "quince" (a fruit), "seize", "venti" (winds).
    fold(word): str(n)
    for words in (
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
        "trece catorce - dieciséis diecisiete dieciocho diecinueve",
        "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
        "treize quatorze quinze - - - -",
        "tredici quattordici quindici sedici diciassette diciotto diciannove",
        "treze catorze quinze dezesseis dezessete dezoito dezenove",
    )
    for n, word in enumerate(words.split(), 13) if word != "-"
} | {
    fold(word): str(n)
    for words in (
        "twenty thirty forty fifty sixty seventy eighty ninety",
        "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
        "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
        "vingt trente quarante cinquante soixante - - -",
        "- trenta quaranta cinquanta sessanta settanta ottanta novanta",
        "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    )
    for n, word in zip(range(20, 100, 10), words.split()) if word != "-"
}

# What the sender offers or proposes: a name right before or after one ("a Flink-heavy Staff
# Data Engineer role", "un puesto de Data Engineer", "eine Stelle als Teamleiter") describes
# the offer, not the reader.
OFFER_NOUNS = _words(
    """role position opening opportunity job vacancy contract product platform tool solution
    offer offering puesto vacante rol oportunidad producto plataforma herramienta solución
    oferta stelle rolle position produkt plattform lösung angebot poste rôle offre
    opportunité produit plateforme outil ruolo posizione opportunità prodotto piattaforma
    strumento soluzione offerta vaga cargo função oportunidade produto plataforma ferramenta
    solução"""
)
# What joins an offer to its name ("puesto de", "Stelle als", "role as").
OFFER_LINKS = _words("de di da do as als como come comme for für of per para pour")

# Who a CJK clause speaks for: the sender ("我们", "弊社", "저희") or the reader ("您", "님").
CJK_FIRST_PERSON = ("我", "弊社", "当社", "私た", "저희", "우리", "제가", "저도", "저는")
CJK_SECOND_PERSON = ("您", "你", "様", "さん", "님", "귀사", "御社", "貴社")


# Stock frames of praise hooked to an interest: "a fellow theatre lover", "someone who loves
# history", "passionate about sustainable fashion", "Liebhaber des Jazz", "关注可持续发展".
# A recorded interest tag inside one, with nothing else recorded, says nothing specific (R4).
STOCK_FRAMES = _words(
    """lover lovers enthusiast enthusiasts passionate passion fan fans aficionado
    aficionados buff buffs devotee admirer fellow love loves loving
    apasionado apasionada apasionados apasionadas amante amantes aficionada entusiasta
    entusiastas fanático fanática pasión encanta encantan encante apasiona apasionan apasione
    leidenschaft leidenschaftlich begeistert begeisterte begeisterter liebhaber
    liebhaberin passionné passionnée passionnés passionnées amateur amatrice
    amoureux amoureuse fervent fervente passionne
    appassionato appassionata appassionati appassionate passione appassiona appassionano
    apaixonado apaixonada apaixonados paixão fã apaixonam"""
)
CJK_STOCK_FRAMES = ("热爱", "爱好", "喜欢", "热衷", "热情", "好き", "愛好", "ファン", "情熱",
                    "熱意", "좋아", "애호", "열정", "열의", "팬")
# Praise any reader's interest earns ("your sustainability work is impressive", "DXへの取り組
# み、本当に素晴らしい"): beside a tag and nothing else recorded, a frame like "as a fellow
# lover"; plain "great" and "good" are left out, they greet as often as they praise.
PRAISE_FRAMES = _words(
    """impressive impressed amazing awesome inspiring inspired incredible remarkable
    outstanding brilliant admirable admire wonderful phenomenal stellar
    impresionante impresionantes increíble increíbles admirable admirables inspirador
    inspiradora inspiradores extraordinario extraordinaria
    beeindruckend beeindruckende beeindruckt inspirierend inspirierende bewundernswert
    bemerkenswert herausragend fantastisch
    impressionnant impressionnante impressionnants remarquable remarquables inspirant
    inspirante admirable formidable extraordinaire
    impressionante impressionanti ammirevole straordinario straordinaria notevole
    stimolante
    impressionantes incrível incríveis admirável inspiradora notável
    fantastic fabulous terrific exceptional underrated underappreciated fascinating
    fantástico fantástica fantásticos fantásticas maravilloso maravillosa excepcional
    genial geniales fascinante fascinantes
    großartig großartige faszinierend faszinierende unterschätzt unterschätzte
    fantastique fantastiques génial géniale géniaux fascinant fascinante sous-estimé
    fantastico fantastica fantastici fantastiche meraviglioso meravigliosa eccezionale
    affascinante sottovalutato sottovalutata
    maravilhoso maravilhosa fascinante subestimado subestimada""")
CJK_PRAISE_FRAMES = ("素晴らし", "すばらし", "すごい", "凄い", "感銘", "很棒", "了不起", "厉害",
                     "令人钦佩", "令人印象深刻", "印象深刻", "太棒", "훌륭", "대단", "멋지",
                     "멋진", "인상적", "감명")
# Words saying the reader likes or follows something ("I know you're interested in", "te
# interesa", "gosta de", "对...感兴趣", "ご関心"): with nothing specific said besides the
# tag, a hook for a pitch (see details._bare_hook).
INTEREST_FRAMES = _words(
    """interested interest interests follow follows care cares enjoy enjoys keen
    interesa interesan interesado interesada interesados interesadas interés gusta gustan
    interessiert interessieren interessierst interesse interessen begeistern magst mögen
    intéresse intéressent intéressez intéresses intéressé intéressée intéressés intérêt
    aimez aimes
    interessa interessano interessato interessata interessati interessi piace piacciono
    interessado interessada interessam gosta gostas gostam
    geïnteresseerd geinteresseerd interesseert interesseren houdt"""
)
CJK_INTEREST_FRAMES = ("兴趣", "興趣", "关注", "關注", "喜欢", "喜歡", "爱好", "関心", "興味", "好き",
                       "관심", "좋아")
# What a pitch says of itself without saying anything ("great solutions", "what we do",
# "ótimas opções", "我们的作品"): never something said about an interest.
HOOK_FILLER = _words(
    """great good best solutions solution options option offer offers products product
    services service things work works what know sure think believe might may could would
    like love enjoy chat talk connect connecting discuss
    sé se creo creemos puede pueden gustar gustaría hacemos hago ofrecemos soluciones
    opciones productos servicios buenas buenos grandes hablamos hablar
    weiß glaube denke könnte gefallen machen bieten lösungen angebote produkte tolle gute
    sais sait crois pense pourrait plaire faisons proposons solutions offres produits
    bonnes belles parler
    so che penso credo potrebbe piacere facciamo offriamo soluzioni ottime ottimi prodotti
    servizi parliamo parlarne
    sei acho creio pode gostar fazemos oferecemos soluções opções ótimas ótimos produtos
    serviços boas falamos conversar
    weet denk kunnen bieden oplossingen producten goede
    maybe perhaps quizás quizá tal vez vielleicht peut-être forse talvez tenha tenga abbia
    surely certainly must sure seguro seguramente sicher bestimmt sicherlich sûrement
    certainement tant sicuramente certamente certo certamente zeker vast
    mr mrs ms sr sra señor señora herr frau monsieur madame signor signora senhor senhora
    meneer mevrouw
    deals deal range collection catalogue catalog news proposal package packages amazing
    fantastic excellent wonderful nice perfect ideal love new latest have has
    tenemos tengo ofertas oferta estupendas estupendos increíbles perfectas novedades
    catálogo propuesta paquetes nuevas nuevos como porque ya que para
    haben habe angebote angebot tolle tollen neue neuen perfekte katalog da weil
    avons ai offres offre belles beaux superbes nouveautés catalogue nouvelles comme
    abbiamo ho offerte offerta fantastiche fantastici nuove nuovi novità catalogo visto
    poiché perché
    temos tenho ofertas oferta novidades catálogo incríveis novas novos já
    omdat aanbiedingen aanbieding nieuwe hebben heb catalogus
    hi hello hey dear thanks thank cheers regards best hola estimado estimada querido
    querida saludos abrazo abrazos gracias hallo liebe lieber geehrte geehrter grüße gruß
    danke bonjour salut cher chère cordialement amitiés merci ciao gentile caro cara salve
    saluti cordiali grazie olá oi prezado prezada abraço abraços cumprimentos obrigado
    obrigada hoi beste groeten
    ik weet dat je jij jou u uw bent zijn is wij we ons onze het een van en dus vast iets
    voor zeker denk vind mooie mooi goed goede graag wat doen hebben heeft ook"""
)
CJK_HOOK_FILLER = ("知道", "一定", "作品", "产品", "服务", "方案", "我们", "您", "你",
                   "存じ", "思い", "ご案", "案内", "製品", "商品", "弊社", "ぜひ", "저희", "제품",
                   "아시", "알고", "분명", "마음", "드실", "거예", "걸로", "많으", "으신", "같아",
                   "좋으", "좋을")
# The sender saying they share an interest ("me too", "I'm into it myself", "ich auch", "eu
# também", "你也喜欢", "저도"): with what they do with it, the tag is no stock frame.
SHARED_WORDS = _words("too also myself auch también aussi anche anch também")
CJK_SHARED = ("你也", "您也", "我也", "저도", "나도", "私も", "僕も")
# Who a clause speaks for when it is the sender's company ("we also build", "我们也在做").
PLURAL_SENDERS = _words(
    """we us our ours wir uns unser unsere unserem unseren unserer nous notre nos nosotros
    nosotras nuestro nuestra nuestros nuestras noi nostro nostra nostri nós nosso nossa
    nossos nossas"""
)
CJK_PLURAL_SENDERS = ("我们", "我們", "弊社", "当社", "私た", "저희", "우리")
# What the sender does for a living or sells ("I book acts for the club nights", "organizo
# viajes", "ich leite", "I run a consultancy helping museums"): a pitch, not a pastime shared.
PITCH_WORDS = OFFER_NOUNS | _words(
    """work works working lead leads head manage manages build builds building built founded
    founder help helps helping hiring recruit teach book books booking organise organize
    organises organizes organising organizing sell sells selling provide provides offer
    offers client clients customer customers consultancy agency service services business
    trabajo dirijo ayudo ayudamos organizo organizamos vendo ofrezco clientes empresa
    arbeite leite helfe organisiere biete verkaufe kunden firma travaille dirige aide aidons
    organise propose vends clients entreprise lavoro dirigo aiuto organizzo offro vendo
    clienti azienda trabalho ajudo ofereço empresa"""
)
CJK_PITCH_WORDS = ("客户", "服务", "产品", "公司", "平台", "设备", "顧客", "サービス", "製品",
                   "会社", "고객", "서비스", "제품", "회사", "플랫폼")


# Congratulations: what follows names an event in the reader's life, claimed as known.
CONGRATULATIONS = _words(
    """congrats congratulations congratulation kudos felicidades enhorabuena felicitaciones
    glückwunsch glückwünsche gratuliere gratulation félicitations bravo complimenti
    congratulazioni parabéns felicitações"""
)
# Words that end the name of what is congratulated ("the ERC grant | for your project").
CLAIM_ENDS = _words(
    """for at in with from by to during after before since while para en con por durante
    bei mit für zu während nach seit pour avec à au aux dans pendant après depuis per con
    da durante dopo em com pelo pela durante após"""
)


# Results of a competition (see :mod:`.placings`), as regular-expression pieces over folded
# text (lower case, no accents), per language. PLACINGS are short of a win ("finished
# second", "runner-up", "finalist", "honourable mention", "vice-campeão", "準優勝"); WINS
# credit a win ("won", "champion", "first place", "gold medal", "título nacional", "優勝").
# A verb of winning (WIN_VERBS) only counts with what was won in its clause.
_ORDINAL_EN = r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th)"
PLACINGS = {
    "english": (
        r"(?:finish(?:ed|ing)?|plac(?:ed|ing)|came|coming|took|taking|ranked|earned|got|"
        r"landed|won|winning|was|were|in|at)\s+(?:(?:a|an|the|joint|overall)\s+)?" + _ORDINAL_EN,
        _ORDINAL_EN + r"[\s-]+(?:place|prize|overall|position|spot)",
        r"runners?[\s-]+up", r"(?:semi[\s-]?)?finalists?", r"honou?rable\s+mentions?",
        r"short[\s-]?listed", r"(?:silver|bronze)\s+medals?", r"special\s+mention",
        r"(?:won|took|earned|got|winning|taking|taken|a|the)\s+(?:the\s+)?(?:silver|bronze)",
        # A side award, not the event's result ("got the Engineering Inspiration award").
        r"(?:got|received|receiving|earned|picked\s+up|took\s+home|was\s+given|were\s+given)"
        r"\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}award"),
    "spanish": (
        r"(?:segund|tercer|cuart)[oa]?s?\s+(?:puesto|lugar|premio|posicion|clasificad[oa]s?)",
        r"(?:quedaron|quedo|quedaste|quedasteis|terminaron|termino|acabaron|acabo)\s+"
        r"(?:en\s+)?(?:el\s+)?(?:segund|tercer)[oa]?s?",
        r"subcampe(?:on|ona|ones|onas)", r"finalistas?",
        r"mencion(?:es)?\s+(?:honorifica|especial)",
        r"medallas?\s+de\s+(?:plata|bronce)"),
    "portuguese": (
        r"(?:segund|terceir|quart)[oa]s?\s+(?:lugar|posicao|premio|classificad[oa]s?)",
        r"[234]\s?\.?\s?[ºoa]\s+(?:lugar|posicao|classificad[oa]s?)",
        r"(?:ficou|ficaram|ficaste|terminou|terminaram|acabou|acabaram)\s+(?:em\s+)?"
        r"(?:segund|terceir|quart)[oa]s?",
        r"vice[\s-]?campe(?:ao|a|oes|as)", r"finalistas?",
        r"men(?:cao|coes)\s+(?:honrosa|especial)s?",
        r"medalhas?\s+de\s+(?:prata|bronze)"),
    "french": (
        r"(?:deuxieme|troisieme|quatrieme|seconde?|[234]e|[234]eme)s?\s+(?:place|prix|position)",
        r"(?:termine|terminee|terminees|termines|fini|finie|classe|classee|classes|classees|"
        r"arrive|arrivee|arrives|arrivees)\s+(?:a\s+la\s+)?(?:deuxieme|troisieme|seconde?)s?",
        r"vice[\s-]?champion(?:ne)?s?", r"finalistes?", r"mentions?\s+(?:honorable|speciale)s?",
        r"medailles?\s+(?:d\s?'?\s?)?(?:argent|bronze)", r"medailles?\s+de\s+bronze"),
    "german": (
        r"(?:zweite|dritte|vierte)[nrs]?\s+platz", r"platz\s+(?:2|3|4|zwei|drei|vier)\b",
        r"[234]\.\s+platz",
        r"(?:wurde|wurden|als|belegte|belegten|holte|holten|erreichte|erreichten)\s+"
        r"(?:(?:den|\d{4})\s+)?(?:zweite|dritte)[nrs]?",
        r"(?:zweite|dritte)[rn]?\s+(?:beim|bei|im|in\s+der|auf\s+der)\b",
        r"vize[\s-]?(?:meister|sieger|weltmeister|europameister)(?:in|innen)?",
        r"finalist(?:in|innen|en)?", r"lobende\s+erwahnung(?:en)?", r"shortlist",
        r"(?:silber|bronze)medaille"),
    "italian": (
        r"(?:second|terz|quart)[oaie]\s+(?:posto|premio|classificat[oaie]|posizione)",
        r"(?:arrivat[oaie]|classificat[oaie]|piazzat[oaie]|chiuso|finito)\s+(?:al\s+)?"
        r"(?:second|terz)[oaie]",
        r"vice[\s-]?campion[ei](?:ssa)?", r"finalist[aie]",
        r"menzion[ei]\s+(?:(?:d\s?'?\s?)?onore|speciale)",
        r"medagli[ae]\s+(?:d\s?'?\s?)?argento", r"medagli[ae]\s+di\s+bronzo"),
    "chinese": ("亚军", "季军", "第二名", "第三名", "二等奖", "三等奖", "银牌", "铜牌", "银奖",
                "铜奖", "入围", "优秀奖", "提名", "荣誉提名"),
    "japanese": ("準優勝", "第2位", "第3位", "2位", "3位", "銀賞", "銅賞", "銀メダル", "銅メダル",
                 "佳作", "奨励賞", "入選", "ファイナリスト", "最終候補"),
    "korean": ("준우승", "2위", "3위", "2등", "3등", "은상", "은메달", "동메달", "장려상", "입선",
               "결선 진출", "본선 진출", "결승 진출"),
}
_TITLE_OF = (r"(?:national|state|regional|league|world|european|conference|district|"
             r"nacional|estatal|regional|estadual|mundial|europeu|europeo|nazionale|italiano|"
             r"mondiale|europeen|mondial|deutscher)")
WINS = {
    "english": (r"(?:national|state|regional|league|world|district|european|reigning|the)\s+"
                r"champions?\b", r"championship\s+(?:win|title)", r"victory", r"triumph",
                r"(?:first|1st)[\s-]+(?:place|prize|overall)", r"top\s+(?:prize|spot|honou?rs?)",
                r"gold\s+medals?", r"took\s+gold",
                r"(?:the|a|your)\s+gold\b(?!\s+(?:leaf|standard|coast|rush|mine|card))",
                _TITLE_OF + r"\s+titles?", r"(?:the|your)\s+win\b", r"winners?"),
    "spanish": (r"campe(?:on|ona|ones|onas)", r"victoria",
                r"(?:primer|1er)\s+(?:puesto|lugar|premio)",
                r"medallas?\s+de\s+oro", r"(?:el|un|del)\s+oro\b", r"titulo\s+" + _TITLE_OF,
                r"ganador(?:a|es|as)?"),
    "portuguese": (r"campe(?:ao|a|oes|as)", r"vitoria",
                   r"(?:primeiro|1\s?\.?\s?º)\s+(?:lugar|premio)",
                   r"medalhas?\s+de\s+ouro", r"(?:o|um|do|pelo|com|conquistou)\s+ouro\b", r"titulo\s+" + _TITLE_OF,
                   r"vencedor(?:a|es|as)?"),
    "french": (r"champion(?:ne)?s?", r"victoire",
               r"(?:premiere|premier|1re|1er|1ere)\s+(?:place|prix)",
               r"medailles?\s+(?:d\s?'?\s?)?or\b", r"(?:pour|un|remporte|decroche|avec)\s+(?:l\s+)?or\b", r"titre\s+" + _TITLE_OF,
               r"vainqueurs?",
               r"gagnant(?:e|s|es)?"),
    "german": (r"sieg(?:er|erin|erinnen)?", r"gewinner(?:in|innen)?",
               r"(?:erste[nrs]?|1\.)\s+platz",
               r"platz\s+(?:1|eins)\b", r"goldmedaille", r"gold\s+(?:geholt|gewonnen)",
               r"meistertitel",
               r"(?:landes|welt|europa)meister(?:in)?",
               r"deutsche[rn]?\s+meister(?:in)?"),
    "italian": (r"campion[ei](?:ssa)?", r"vittoria", r"(?:primo|1°)\s+(?:posto|premio)",
                r"medagli[ae]\s+(?:d\s?'?\s?)?oro", r"(?:per|un|vinto|conquistato|preso|con)\s+(?:l\s+)?oro\b",
                r"titolo\s+" + _TITLE_OF,
                r"vincitor[ei]|vincitrice"),
    "chinese": ("冠军", "夺冠", "第一名", "金牌", "金奖", "一等奖", "获胜", "胜出"),
    "japanese": ("優勝", "1位", "第1位", "金賞", "金メダル", "最優秀賞", "制覇"),
    "korean": ("우승", "1위", "1등", "금메달", "금상", "최우수상"),
}
WIN_VERBS = {
    "english": r"won|win|wins|winning",
    "spanish": r"gan(?:o|aste|aron|asteis|ar|ado|ada|ados|aron|amos)",
    "portuguese": r"ganh(?:ou|aram|aste|ar|ado|ada|amos)|venc(?:eu|eram|este|er|ido|ida|emos)",
    "french": r"gagn(?:e|ee|es|ees|er|ez|ait)|remport(?:e|ee|es|ees|er|ez|ait)",
    "german": r"gewonnen|gewinnen|gewann|gewannt|gewannen|gewinnt",
    "italian": r"vint[oaie]|vincere|vinse|vinceste|vinto",
}
# What names an award ("won the design award" is no win of the event the award was given at).
AWARD_WORDS = _words("award awards prize prizes premio prémio prix preis")
# Words that say a win was missed ("so close to winning", "quase venceram").
NEAR_MISSES = _words(
    """almost nearly close narrowly missed casi cerca quase perto presque faillit failli
    manque manqué fast knapp beinahe quasi sfiorato sfiorata""")
# What a verb of winning wins in a contest (what follows it in the clause).
CONTESTS = _words(
    """prize award medal cup title championship competition contest race tournament
    hackathon final finals league event trophy challenge game match premio premios medalla
    copa titulo campeonato competicion concurso carrera torneo final trofeo reto desafio
    prémio premio medalha taça taca campeonato competição competicao corrida torneio
    troféu trofeu prix médaille medaille coupe titre championnat compétition competition
    concours course tournoi finale trophée trophee défi defi preis medaille pokal titel
    meisterschaft wettbewerb rennen turnier finale trophäe trophae medaglia coppa titolo
    campionato competizione concorso gara torneo trofeo sfida gold oro ouro or""")
