"""Everyday long words, per language, that are no rare, content-bearing term about a reader.

A single long word (nine letters or more) that the message shares with the recipient's notes
is taken as a rare term that shows the message was written for that person ("lipidation",
"hydroponics", "letterpress"). In Romance languages and German, everyday words are long too
(Italian "collezione", "conversazione", "esperienza"; Spanish "información", "presentación";
French "collection", "développement"; German "Zusammenarbeit", "Unternehmen"; Portuguese
"experiência", "apresentação"), so a shared word from these lists proves nothing about the
reader. This module is data only: common, non-specific words of ordinary and business writing
(nouns in singular and plural, verbs in their common inflected forms, adjectives in their
gendered and plural forms, adverbs), never a technical or domain term that would single
someone out. The words are kept folded (lowercased, accents removed, "ß" written "ss") so
that they compare with the checker's folded tokens.
"""

from __future__ import annotations

import unicodedata


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, each folded: lowercased, "ß" written
    "ss", accents removed (NFKD, combining marks dropped)."""
    folded = set()
    for word in text.split():
        word = word.lower().replace("ß", "ss")
        word = "".join(c for c in unicodedata.normalize("NFKD", word)
                       if not unicodedata.combining(c))
        folded.add(unicodedata.normalize("NFC", word))
    return frozenset(folded)


COMMON_LONG_WORDS: dict[str, frozenset[str]] = {
    "english": _words("""
        businesses companies organization organizations organisation organisations
        organizational organisational management marketing customers consumers employees
        employers colleague colleagues coworkers teammates workplace workforce partnership
        partnerships relationship relationships department departments leadership community
        communities industries industrial professional professionals professionally
        opportunity opportunities challenge challenges challenging development developments
        developing developed operations operational operating production productive
        productivity producing processes procedure procedures strategies strategic objective
        objectives priorities initiative initiatives activities functions structure
        structures framework frameworks platforms technology technologies technical
        equipment materials resources knowledge expertise capability capabilities potential
        potentially advantage advantages beneficial performance efficiency efficient
        effective effectively effectiveness excellence reliability dependable successful
        successfully important importance significant significantly essential necessary
        unnecessary necessarily practical practically reasonable reasonably affordable
        available availability unavailable different difference differences particular
        particularly specifically generally marketplace purchases purchasing purchased
        suppliers distribution collection collections catalogue catalogues inventory
        shipments deliveries delivering delivered advertising advertisement advertisements
        promotional commercial commercially competition competitive competitors
        international internationally worldwide locations headquarters contracts agreement
        agreements negotiation negotiations proposals quotation quotations estimates
        financial financing budgeting profitable profitability transaction transactions
        subscription subscriptions membership memberships registration application
        applications investment investments investing discounts merchandise reputation
        visibility expansion increasing increased decreased improving improvement
        improvements communication communications communicate communicating discussion
        discussions discussing discussed conversation conversations presentation
        presentations introduction introductions introduce introduced introduces introducing
        conference conferences announcement announcements correspondence appointment
        appointments scheduled scheduling telephone recommendation recommendations recommend
        recommended recommends suggestion suggestions suggested questions answering
        responses responding reference references referring mentioned mentioning regarding
        concerning following according attention attachment attachments contacted contacting
        connected connecting connection connections networking information informative
        explained explaining explanation describing described description descriptions
        summarize summarise summarized summarised documents documentation reminders
        invitation invitations welcoming greetings sincerely respectfully guidelines
        standards evaluation assessment reporting yesterday afternoon afternoons beginning
        beginnings immediately previously afterwards afterward eventually frequently
        occasionally regularly quarterly beforehand throughout timeframe timelines deadlines
        temporary permanent permanently continuous continuously continuing continued
        currently overnight sometimes meanwhile forthcoming timetable schedules calendars
        finishing completed completion completing generation generations wintertime
        summertime springtime temperature temperatures turquoise colourful wonderful
        fantastic excellent brilliant delighted delightful impressed impressive appreciate
        appreciated appreciates appreciating appreciation appreciative gratitude thankfully
        fortunately unfortunately happiness enjoyable excitement enthusiasm enthusiastic
        inspiration inspiring motivation motivated confident confidence comfortable
        uncomfortable disappointed disappointing frustrated frustrating surprised surprising
        interesting interested curiosity beautiful incredible incredibly remarkable
        remarkably memorable meaningful thoughtful thoughtfully considerate encouraging
        encouraged encouragement supportive passionate passionately privilege privileged
        fascinating fascinated intriguing wonderfully gratefully genuinely heartfelt
        congratulations congratulate pleasantly satisfaction satisfied dissatisfied
        optimistic reassuring concerned wondering hopefully understand understands
        understanding understood organizing organising organized organised preparing
        preparation participate participating participation participants collaborate
        collaboration collaborating collaborative cooperation coordinate coordinating
        coordination contribute contribution contributions contributing considering
        consideration considered implement implemented implementing implementation providing
        including involving involvement requested requesting requirement requirements
        requiring solutions exploring exploration listening attending arranging arrangement
        arrangements confirming confirmed confirmation expecting expectation expectations
        anticipate receiving reviewing finalizing finalising supporting supported assistance
        assisting expanding launching announced announcing presented presenting returning
        achievement achievements accomplished accomplishment milestone milestones
        progressing perspective perspectives viewpoint experience experiences experienced
        background backgrounds interests something everything everybody everywhere somewhere
        otherwise therefore furthermore nevertheless nonetheless certainly definitely
        absolutely obviously naturally basically typically literally seriously themselves
        ourselves yourselves elsewhere altogether whatsoever whichever additionally
        additional consequently accordingly alternatively alternative alternatives similarly
        apparently evidently completely extremely especially primarily essentially
        personally initially originally ultimately gradually increasingly relatively
        surprisingly interestingly virtually approximately instantly constantly separately
        carefully indirectly differently perfectly beautifully efficiently officially
        informally presumably seemingly tremendous tremendously considerable considerably
        substantial substantially individual individuals individually countless difficult
        difficulty difficulties possibility possibilities impossible convenient inconvenient
        inconvenience appropriate appropriately consistent consistently complicated
        straightforward flexibility accessible accessibility responsible responsibility
        responsibilities traditional traditionally tradition traditions innovative
        innovation innovations creativity authentic exceptional exceptionally extraordinary
        outstanding marvellous marvelous spectacular favourite favourites favorites
        situation situations condition conditions environment atmosphere direction
        directions neighbours neighbors audiences attendees personalized personalised
    """),
    "spanish": _words("""
        información informaciones presentación presentaciones conversación conversaciones
        experiencia experiencias colección colecciones producción producciones distribución
        comunicación comunicaciones colaboración colaboraciones organización organizaciones
        oportunidad oportunidades posibilidad posibilidades reuniones encuentro encuentros
        conferencia conferencias propuesta propuestas solicitud solicitudes respuesta
        respuestas preguntas situación situaciones soluciones proyectos desarrollo
        desarrollos desarrollar desarrollado desarrollada desarrollados desarrollando
        desarrollamos empresarial empresariales compañías proveedor proveedores comercial
        comerciales productos servicios marketing contratos presupuesto presupuestos
        facturación catálogos materiales herramienta herramientas tecnología tecnologías
        tecnológico tecnológica tecnológicos tecnológicas innovación innovaciones innovador
        innovadora innovadores innovadoras tradición tradiciones tradicional tradicionales
        comunidad comunidades industria industrias industrial industriales relaciones
        mercancías distribuidor clientela temporada temporadas primavera primaveral
        veraniego veraniega invernales temperatura temperaturas anaranjado anaranjada
        amarillos amarillas agradecer agradecemos agradecido agradecida agradecidos
        agradecimiento agradecimientos encantado encantada encantados encantadas encantaría
        interesado interesada interesados interesadas interesante interesantes interesarle
        interesaría quisiéramos podríamos deberíamos estaríamos tendríamos contactar
        contactarle contactarte contactarlo contactarla contactarnos contactado contactamos
        escribirle escribirte escribiendo escribimos presentarle presentarte presentarme
        presentarnos presentamos presentado presentada presentar conocerte conocerle
        conocerlo conocerla conocernos conocimiento conocimientos encontrarnos reunirnos
        organizar organizado organizada organizados organizamos organizando participar
        participación participantes participado colaborar colaborando colaboramos continuar
        continuamos continuando compartir compartido compartida compartimos compartiendo
        considerar considerado considerando consideración recomendar recomendación
        recomendaciones recomendado recomendada recomiendo mencionado mencionada mencionaste
        mencionamos comentado comentamos comentarios conversar hablaremos coordinar
        coordinación coordinamos confirmar confirmado confirmada confirmación disponible
        disponibles disponibilidad necesitamos necesitan necesitaría necesario necesaria
        necesarios necesarias necesidades necesidad ofrecemos ofreciendo trabajamos
        trabajando trabajado trabajadores compañeros compañera compañeras empleados
        profesional profesionales responsable responsables responsabilidad responsabilidades
        seguimiento esperamos esperando esperanza expectativa expectativas aprovechar
        aprovechamos encontrar encontramos encontrado conseguir conseguido mantenemos
        mejorando mejoramiento realizado realizada realizamos realizando realización
        preparando preparación preparado preparada ayudarles ayudarnos solicitado solicitada
        solicitamos adjuntamos adjuntado recibimos pendiente pendientes comunicarme
        comunicarnos comunicarle acompañar acompañarte agradable agradables ofrecerle
        ofrecerte descubrir descubierto descubrimos entendemos entendido comprender
        explicarle explicarte explicación aclaración revisando revisamos actualizar
        actualizado actualización actualizaciones documentos documentación novedades
        comentario electrónico electrónica telefónica telefónico videollamada videollamadas
        invitación invitaciones invitamos invitarte invitarle bienvenida bienvenido
        bienvenidos bienvenidas felicidades felicitaciones felicitar enhorabuena
        naturalmente especialmente particularmente realmente totalmente completamente
        absolutamente seguramente ciertamente claramente simplemente finalmente actualmente
        recientemente anteriormente posteriormente inmediatamente directamente personalmente
        principalmente generalmente normalmente frecuentemente constantemente rápidamente
        fácilmente lamentablemente desafortunadamente afortunadamente obviamente
        probablemente posiblemente exactamente únicamente sinceramente atentamente
        cordialmente igualmente solamente prácticamente básicamente evidentemente
        aproximadamente definitivamente perfectamente muchísimo muchísima muchísimos
        muchísimas brevemente nuevamente próximamente siguiente siguientes anteriores
        madrugada calendario cronograma semanalmente mensualmente anualmente diariamente
        regularmente temporalmente puntualmente totalidad importantísimo maravilloso
        maravillosa maravillosos maravillosas fantástico fantástica fantásticos fantásticas
        increíble increíbles excelente excelentes estupendo estupenda estupendos estupendas
        magnífico magnífica magníficos magníficas importante importantes importancia
        diferente diferentes diferencia diferencias especiales particular particulares
        específico específica específicos específicas satisfacción satisfecho satisfecha
        satisfechos satisfechas entusiasmo emocionado emocionada emocionados emocionadas
        emocionante emocionantes inspiración inspirador inspiradora inspiradores
        inspiradoras motivación sorprendido sorprendida sorprendente sorprendentes
        curiosidad confianza tranquilidad preocupación excelencia eficiencia eficiente
        eficientes efectivos efectivas confiable confiables fiabilidad competitivo
        competitiva competitivos competitivas competencia competencias internacional
        internacionales nacionales regionales económico económica económicos económicas
        financiero financiera financieros financieras resultados resultado crecimiento
        estrategia estrategias estratégico estratégica estratégicos estratégicas objetivos
        iniciativa iniciativas actividades actividad procedimiento procedimientos
        agradecería encantador encantadora preciosos preciosas espectacular espectaculares
        extraordinario extraordinaria extraordinarios extraordinarias impresionante
        impresionantes fundamental fundamentales esenciales principales generales relevante
        relevantes interesarse imposible difíciles dificultad dificultades complicado
        complicada complicados complicadas sencillos sencillas prácticos prácticas accesible
        accesibles adecuados adecuadas apropiado apropiada suficiente suficientes completos
        completas contentos satisfactorio satisfactoria positivos positivas negativos
        negativas conveniente convenientes agradecidas encantadores inversión inversiones
        negociación negociaciones transacción transacciones suscripción suscripciones
        inscripción inscripciones registrado registrada aplicación aplicaciones plataforma
        plataformas estructura estructuras participante asistentes exposición exposiciones
        publicidad publicitario publicitaria promoción promociones promocional lanzamiento
        lanzamientos novedosos novedosas calidades productividad productivo productiva
        productivos productivas rendimiento beneficios beneficiar beneficioso beneficiosa
        requisitos condiciones condición capacidad capacidades habilidades experimentado
        experimentada experimentados departamento departamentos dirección administración
        asistencia cualquier cualquiera alrededor demasiado demasiada demasiados demasiadas
        bastantes tendencias consumidores consumidor distribuidores personalizado
        personalizada personalizados personalizadas intereses contenido contenidos
    """),
    "french": _words("""
        collection collections développement développements développer développé développée
        développés développées développons conversation conversations information
        informations présentation présentations expérience expériences expérimenté
        expérimentée communication communications collaboration collaborations organisation
        organisations opportunité opportunités possibilité possibilités rencontre rencontres
        rencontrer rencontré rencontrée rencontrés rencontrées rencontrons discussion
        discussions conférence conférences proposition propositions questions situation
        situations solutions entreprise entreprises clientèle fournisseur fournisseurs
        partenaire partenaires partenariat partenariats commercial commerciale commerciaux
        commerciales production productions distribution prestations prestation marketing
        facturation commandes livraison livraisons catalogue catalogues matériaux
        technologie technologies technologique technologiques technique techniques
        innovation innovations innovante innovants innovantes tradition traditions
        traditionnel traditionnelle traditionnels traditionnelles communauté communautés
        industrie industries industriel industrielle industriels industrielles relations
        marchandises distributeur printemps printanier printanière printaniers printanières
        hivernale hivernales automnale automnales estivales température températures
        ensoleillé ensoleillée turquoise multicolore remercier remercions remerciements
        remerciement remerciant appréciée apprécions apprécier appréciation intéressé
        intéressée intéressés intéressées intéressant intéressante intéressants
        intéressantes intéresser intéresserait souhaiterais souhaiterions souhaitons
        souhaiter aimerions voudrions pourrions contacter contactée contactons contacterai
        recontacter présenter présentée présentés présentées présentons organiser organisée
        organisées organisons organisateurs participer participation participants participé
        collaborer collaborons continuer continuons poursuivre poursuivons partageons
        considérer considéré considérée recommander recommandé recommandée recommandation
        recommandations mentionné mentionnée mentionnés envisager envisageons confirmer
        confirmation confirmons disponible disponibles disponibilité disponibilités
        nécessaire nécessaires nécessité proposons travaillons travaillé travailler
        travaillant travaillez collègues collaborateurs collaboratrices personnel
        personnelle personnels personnelles personnellement professionnel professionnelle
        professionnels professionnelles responsable responsables responsabilité
        responsabilités accompagner accompagnement accompagnons améliorer amélioration
        améliorations améliorée réalisation réalisations réalisées préparation préparons
        découvrir découverte découvertes découvert comprendre compréhension expliquer
        explication explications échangeons échangerons retrouver retrouvons attendons
        attendant connaissance connaissances connaître connaissez connaissons rejoindre
        rejoignez souhaitez permettre permettrait permettent bénéficier bénéficiez
        transmettre transmettons renseignements renseignement complémentaire complémentaires
        demandons répondons reviendrai reviendrons attention naturellement évidemment
        certainement absolument complètement totalement particulièrement spécialement
        notamment également justement simplement finalement actuellement récemment
        précédemment immédiatement directement principalement généralement normalement
        fréquemment régulièrement constamment rapidement facilement malheureusement
        heureusement probablement éventuellement exactement uniquement sincèrement
        cordialement réellement entièrement clairement légèrement prochainement dernièrement
        seulement davantage autrement tellement cependant néanmoins toutefois maintenant
        longtemps quelquefois auparavant désormais dorénavant prochaine prochaines prochains
        précédent précédente précédents précédentes dernières calendrier échéances
        hebdomadaire hebdomadaires mensuelle quotidien quotidienne quotidiens quotidiennes
        annuellement plusieurs vraisemblablement merveilleux merveilleuse merveilleuses
        fantastique fantastiques formidable formidables magnifique magnifiques excellente
        excellents excellentes excellent important importante importants importantes
        importance différent différente différents différentes différence différences
        particulier particulière particuliers particulières spécifique spécifiques agréables
        enthousiasme enthousiaste enthousiastes satisfaction satisfait satisfaite satisfaits
        satisfaites curiosité confiance gratitude reconnaissant reconnaissante
        reconnaissants reconnaissance inspiration inspirant inspirante inspirants passionné
        passionnée passionnés passionnées passionnant passionnante passionnants impressionné
        impressionnée impressionnant impressionnante surprenant surprenante chaleureux
        chaleureuse chaleureusement sympathique sympathiques félicitations excellence
        efficacité efficaces performant performante performants performantes performance
        performances fiabilité compétitif compétitive compétitifs compétitives concurrence
        international internationale internationaux internationales nationale nationaux
        nationales régionale régionaux régionales économique économiques financier
        financière financiers financières résultats croissance stratégie stratégies
        stratégique stratégiques objectifs initiative initiatives activités processus
        documents documentation nouveautés nouvelles actualités commentaires téléphone
        téléphonique visioconférence invitation invitations bienvenue accueillir accueilli
        accueillie accueillons essentiel essentielle essentiels essentielles fondamental
        fondamentale principale principales générales pertinent pertinente pertinents
        pertinentes possibles impossible difficile difficiles difficulté difficultés
        compliqué compliquée pratiques précieuse précieuses appropriée suffisant suffisante
        suffisamment accessible accessibles exceptionnel exceptionnelle exceptionnels
        exceptionnelles extraordinaire extraordinaires remarquable remarquables incroyable
        incroyables agréablement magnifiquement positives négatives favorables
        investissement investissements négociation négociations transaction transactions
        abonnement abonnements inscription inscriptions plateforme plateformes structure
        structures exposition expositions campagnes publicité publicitaire promotion
        promotions promotionnel promotionnelle lancement lancements productivité productif
        productive productifs rendement avantages avantageux exigences conditions capacités
        compétence compétences département départements direction administration assistance
        quelconque suffisants trimestre trimestriel quinzaine personnalisé personnalisée
        personnalisés personnalisées
    """),
    "german": _words("""
        Zusammenarbeit zusammenarbeiten zusammengearbeitet Unternehmen Unternehmens
        Informationen Information informieren informiert Gespräche Gesprächen Gespräches
        Veranstaltung Veranstaltungen Möglichkeit Möglichkeiten Erfahrung Erfahrungen
        Entwicklung Entwicklungen Mitarbeiter Mitarbeiterin Mitarbeiterinnen Mitarbeitern
        Mitarbeitende Mitarbeitenden Kolleginnen Kundinnen Geschäfte Geschäften geschäftlich
        geschäftliche geschäftlichen Produktion Produkten hochwertig hochwertige
        hochwertigen hochwertiger Kollektion Kollektionen Marketing Angeboten Bestellung
        Bestellungen Lieferung Lieferungen Lieferanten Rechnungen Preisliste Vereinbarung
        Vereinbarungen Vorschlag Vorschläge Vorschlägen Besprechung Besprechungen
        Gelegenheit Gelegenheiten Unterstützung unterstützen unterstützt unterstützte
        Austausch austauschen ausgetauscht Kommunikation Präsentation Präsentationen
        Vorstellung vorstellen vorgestellt Einladung Einladungen eingeladen Nachricht
        Nachrichten Telefonat Telefonate telefonisch persönlich persönliche persönlichen
        persönlicher herzlichen herzliche freundlichen freundliche freundlich Wochenende
        Wochenenden Nachmittag Nachmittags Vormittag Vormittags Jahreszeit Jahreszeiten
        sommerlich sommerliche winterlich winterliche herbstlich herbstliche frühlingshaft
        Temperatur Temperaturen dunkelblau dunkelgrün farbenfroh farbenfrohe natürlich
        natürliche natürlichen selbstverständlich eigentlich besonders besondere besonderen
        insbesondere allerdings jedenfalls gleichzeitig möglicherweise wahrscheinlich
        hoffentlich schließlich tatsächlich grundsätzlich letztendlich inzwischen
        mittlerweile ansonsten ebenfalls bisherigen bisherige zukünftig zukünftige
        zukünftigen derzeitig derzeitige aktuellen kurzfristig langfristig regelmäßig
        regelmäßige regelmäßigen gemeinsam gemeinsame gemeinsamen miteinander untereinander
        voneinander zueinander irgendwann irgendwie vielleicht ausschließlich hauptsächlich
        vollständig vollständige ausführlich ausführliche ausführlichen interessant
        interessante interessanten interessanter interessiert interessieren interessiere
        interessierte spannende spannenden spannender wunderbar wunderbare wunderbaren
        wunderschön wunderschöne großartig großartige großartigen fantastisch fantastische
        hervorragend hervorragende hervorragenden ausgezeichnet ausgezeichnete
        ausgezeichneten angenehme angenehmen erfolgreich erfolgreiche erfolgreichen
        professionell professionelle professionellen zuverlässig zuverlässige zuverlässigen
        wichtigen wichtigste wichtigsten notwendig notwendige notwendigen verschiedene
        verschiedenen unterschiedlich unterschiedliche unterschiedlichen bestimmte
        bestimmten allgemein allgemeine allgemeinen einfachen schwierig schwierige
        schwierigen Schwierigkeiten kompliziert komplizierte verfügbar verfügbare Verfügung
        erreichbar erreichen Dankbarkeit Freundschaft Begeisterung begeistert Vorfreude
        Zufriedenheit zufrieden Überraschung überrascht Enttäuschung enttäuscht Leidenschaft
        leidenschaftlich Inspiration inspirierend Motivation motiviert motivierte besprechen
        besprochen kennenlernen kennengelernt kennenzulernen vereinbaren vereinbart
        vorbeikommen teilnehmen teilgenommen Teilnahme Teilnehmer Teilnehmerin Teilnehmenden
        organisieren organisiert Organisation entwickeln entwickelt entwickelte entwickelten
        verbessern verbessert Verbesserung Verbesserungen weiterentwickeln fortsetzen
        fortgesetzt empfehlen empfohlen Empfehlung Empfehlungen beantworten beantwortet
        kontaktieren kontaktiert Rückmeldung zurückkommen zurückmelden mitteilen mitgeteilt
        erwähnten berichten berichtet verstehen verstanden Verständnis gesprochen
        geschrieben geschickt zugeschickt angeschaut getroffen gearbeitet vorbereiten
        vorbereitet Vorbereitung durchführen durchgeführt Durchführung umgesetzt Umsetzung
        Planungen abschließen abgeschlossen Abschluss verkaufen einkaufen bestellen
        geliefert benötigen Dankeschön beschäftigt beschäftigen Beschäftigung Arbeitsplatz
        Arbeitszeit Arbeitsweise Arbeitgeber Abteilung Abteilungen Bereichen Industrie
        Wirtschaft wirtschaftlich wirtschaftliche wirtschaftlichen Gesellschaft Wettbewerb
        Konkurrenz international internationale internationalen weltweiten regionalen
        regionale nationalen Standorte Standorten Kundschaft Kundenservice Dienstleistung
        Dienstleistungen Leistungen Herausforderung Herausforderungen Anforderungen
        Anforderung Voraussetzung Voraussetzungen Bedingungen Ergebnisse Ergebnissen
        Fortschritt Fortschritte Projekten Verantwortung verantwortlich Überblick Übersicht
        Unterlagen Dokumente Dokumenten Einzelheiten Hintergrund Zusammenhang
        Zusammenfassung Beispiele beispielsweise zusätzlich zusätzliche zusätzlichen
        entsprechend entsprechende entsprechenden bezüglich hinsichtlich gegenüber innerhalb
        außerhalb Vergangenheit Gegenwart Zeitpunkt Jahresende Monatsende Feiertage
        Feiertagen Urlaubszeit Ansprechpartner Ansprechpartnerin Anregungen Anmerkungen
        Aufmerksamkeit aufmerksam Ausstellung Ausstellungen Bedürfnisse Bereitschaft
        Beziehungen Eindrücke Einblicke Einschätzung Entscheidung Entscheidungen entscheiden
        entschieden Ereignisse Erfahrungswerte Ergänzung Erinnerung Erinnerungen Erwartungen
        Fragestellung Freundlichkeit Geschichte Geschichten Gesellschaften Grundlage
        Grundlagen Herstellung Investition Investitionen Kenntnisse Kooperation
        Kooperationen Kontaktaufnahme Lösungsansätze Mitglieder Mitgliedern Nachfrage
        Neuigkeiten Partnerschaft Partnerschaften Perspektive Perspektiven Produktpalette
        Qualitäten Rahmenbedingungen Rückfragen Schwerpunkt Schwerpunkte Situation
        Situationen Strategie Strategien strategisch strategische Technologie Technologien
        technische technischen Terminvereinbarung Tätigkeit Tätigkeiten Unterhaltung
        Unterschied Unterschiede Veränderung Veränderungen Verbindung Verbindungen Vorteilen
        Wertschätzung Zielgruppe Zielgruppen Zusammenkunft Zusammenspiel anschließend
        anschließende außergewöhnlich außergewöhnliche beeindruckend beeindruckende
        beeindruckt beziehungsweise dankbarer ehrlicherweise einzigartig einzigartige
        einzigartigen erfreulich erfreuliche freundlicherweise gegebenenfalls gelegentlich
        gleichermaßen großzügig herausragend herausragende hilfreich hilfreiche idealerweise
        insgesamt interessanterweise jederzeit kompetent kompetente kompetenten
        normalerweise offensichtlich praktische praktischen problemlos selbstständig
        sicherlich spätestens überzeugt überzeugend unbedingt unglaublich unglaubliche
        unkompliziert unkomplizierte unterschiedlichste verbindlich vermutlich vielfältig
        vielfältige vielfältigen vollkommen voraussichtlich wertvolle wertvollen willkommen
        zahlreiche zahlreichen zukunftsorientiert zunehmend zuständig zuständige
        zuvorkommend angekommen anzubieten aufgebaut auszutauschen beitragen beigetragen
        bekanntgeben benachrichtigen besichtigen besuchten bestätigen bestätigt darstellen
        dargestellt einbringen eingebracht einsetzen eingesetzt empfangen erkundigen
        erläutern erläutert ermöglichen ermöglicht erreichten erstellen erweitern erweitert
        fortführen gestalten gestaltet herausfinden nachdenken nachgedacht präsentieren
        präsentiert realisieren realisiert überlegen übernehmen übernommen übersenden
        übersende unterhalten unterhielten veranstalten veranstaltet verbringen verbracht
        vereinfachen verfolgen vermitteln vermittelt vorschlagen vorgeschlagen weiterleiten
        weitergeleitet zurückgreifen zusammenbringen zusammenkommen personalisiert
        personalisierte personalisierten
    """),
    "italian": _words("""
        collezione collezioni produzione produzioni distribuzione conversazione
        conversazioni esperienza esperienze informazione informazioni presentazione
        presentazioni comunicazione comunicazioni collaborazione collaborazioni
        organizzazione organizzazioni opportunità possibilità attenzione situazione
        situazioni occasione occasioni soluzione soluzioni richiesta richieste questione
        questioni argomento argomenti discussione discussioni appuntamento appuntamenti
        disponibilità calendario settimana settimane pomeriggio pomeriggi mattinata
        mattinate amministrazione responsabile responsabili responsabilità clientela
        fornitori fornitore commerciale commerciali commercio marketing lavorando lavoratori
        lavorativo lavorativa lavorativi lavorative professionale professionali
        professionista professionisti professione competenza competenze conoscenza
        conoscenze conoscere conosciuto conosciuta conosciuti conosciute formazione
        iniziativa iniziative obiettivo obiettivi strategia strategie strategico strategica
        strategici strategiche risultato risultati investimento investimenti contratto
        contratti preventivo preventivi fatturato pagamento pagamenti spedizione spedizioni
        cataloghi materiale materiali strumento strumenti tecnologia tecnologie tecnologico
        tecnologica tecnologici tecnologiche innovazione innovazioni innovativo innovativa
        innovativi innovative tradizione tradizioni tradizionale tradizionali fornitura
        forniture acquistare acquistato acquistata stagionale stagionali produttivo
        produttiva produttivi produttive territorio nazionale nazionali regionale regionali
        internazionale internazionali economico economica economici economiche finanziario
        finanziaria finanziari finanziarie competitivo competitiva competitivi competitive
        competitività affidabile affidabili affidabilità efficiente efficienti efficienza
        qualificato qualificata qualificati qualificate conveniente convenienti
        collaboratori collaboratore collaboratrice dipendenti personale personali conoscenti
        documento documenti documentazione aggiornamento aggiornamenti aggiornato aggiornata
        aggiornati programma programmi programmato programmata organizzativo organizzativa
        organizzativi dimostrazione partecipanti partecipazione manifestazione
        manifestazioni distributore invernale invernali primavera primaverile primaverili
        autunnale autunnali arancione arancioni argentato argentata multicolore temperatura
        temperature soleggiato soleggiata soleggiate previsioni ringraziare ringrazio
        ringraziamo ringraziamento ringraziamenti ringraziandola ringraziandovi apprezzato
        apprezzata apprezzati apprezzare apprezziamo interessato interessata interessati
        interessate interessante interessanti interessare interesserebbe interesse interessi
        desiderare desideriamo piacerebbe contattare contattato contattata contattarla
        contattarvi contattarti contattarmi contattami contattarci scriverle scrivervi
        scrivendo scriverti presentare presentarvi presentarti presentarle presentato
        presentata presentati presentiamo presentarmi presentarci conoscerla conoscervi
        conoscerti conoscerci incontrare incontrarci incontrarla incontrarvi incontrato
        incontrata incontrati incontrarti organizzare organizzato organizzata organizzati
        organizzate organizziamo partecipare partecipato collaborare collaboriamo
        collaborando continuare continuato continuiamo condividere condiviso condivisa
        condivisi condividiamo considerare considerato considerata considerando
        considerazione approfondire approfondimento approfondimenti raccontare raccontato
        ricordare ricordato migliorare miglioramento miglioramenti migliorato migliorata
        realizzare realizzato realizzata realizzati realizzate realizzazione proponiamo
        garantire garantito garantiamo supportare sostenere rispondere documentato
        richiedere richiesto aggiornare confermare confermato confermata confermiamo
        prenotare prenotazione prenotazioni programmare aspettare aspettiamo aspettativa
        aspettative auguriamo cordialmente gentilissimo gentilissima gentilissimi gentilezza
        disponibile disponibili piacevole piacevoli piacevolmente discutere discuterne
        valutazione valutazioni verificare verificato analizzare comprendere descrivere
        descritto dimostrare dimostrato mantenere mantenuto raggiungere raggiunto diminuire
        aumentare aumentato cambiamento cambiamenti trasformazione scegliere preferire
        preferenza preferenze utilizzare utilizzato utilizzata utilizzando impegnato
        impegnata impegnati occuparsi occupiamo lavoriamo sviluppare sviluppato sviluppata
        sviluppati sviluppate sviluppando sviluppiamo produciamo conosciamo riusciamo
        cominciare terminare concludere conclusione completare completato finalizzare
        anticipare anticipato posticipare rimandare telefonata telefonate telefonare
        videochiamata videochiamate colloquio corrispondenza comunicato segnalare segnalato
        suggerire suggerito suggerimento suggerimenti consigliare consigliato consigliata
        chiederle chiedervi domandare rivolgersi riscontro riscontri approfitto approfittare
        bellissimo bellissima bellissimi bellissime splendido splendida splendidi splendide
        meraviglioso meravigliosa meravigliosi meravigliose fantastico fantastica fantastici
        fantastiche straordinario straordinaria straordinari straordinarie eccellente
        eccellenti eccellenza importante importanti importanza necessario necessaria
        necessari necessarie particolare particolari specifico specifica specifici
        specifiche differente differenti differenza differenze possibile possibili
        impossibile probabile difficile difficili difficoltà complesso complessa complessi
        complesse complessivo complessiva eccezionale eccezionali incredibile incredibili
        significativo significativa significativi significative fondamentale fondamentali
        essenziale essenziali principale principali generazione generazioni originale
        originali autentico autentica autentici autentiche perfezione entusiasmo entusiasta
        entusiasti soddisfazione soddisfatto soddisfatta soddisfatti soddisfatte felicissimo
        felicissima emozionante emozionanti emozionato emozionata curiosità ispirazione
        appassionato appassionata appassionati appassionate gratitudine riconoscente
        riconoscenti preoccupazione fiducioso fiduciosa tranquillo tranquilla simpatico
        simpatica simpatici simpatiche semplicemente facilmente veramente sicuramente
        certamente naturalmente ovviamente probabilmente possibilmente purtroppo
        fortunatamente finalmente generalmente soprattutto esattamente attualmente
        recentemente precedentemente immediatamente successivamente ultimamente solitamente
        normalmente completamente totalmente assolutamente nonostante attraverso
        relativamente direttamente personalmente professionalmente ufficialmente velocemente
        lentamente tranquillamente regolarmente frequentemente continuamente costantemente
        praticamente effettivamente realmente specialmente principalmente particolarmente
        eventualmente chiaramente gentilmente volentieri stamattina dopodomani settimanale
        settimanali mensilmente quotidiano quotidiana quotidiani quotidiane quotidianamente
        annualmente prossimamente successivo successiva successivi successive precedente
        precedenti tempistica tempistiche momentaneamente trimestre semestrale altrettanto
        ugualmente sufficiente sufficienti sufficientemente abbastanza ciononostante
        innanzitutto indubbiamente fondamentalmente sostanzialmente brevemente rapidamente
        ulteriore ulteriori ulteriormente inizialmente personalizzato personalizzata
        personalizzati personalizzate contenuto contenuti
    """),
    "portuguese": _words("""
        experiência experiências apresentação apresentações informação informações
        distribuição comunicação comunicações colaboração colaborações organização
        organizações oportunidade oportunidades possibilidade possibilidades encontros
        conferência conferências propostas solicitação solicitações respostas perguntas
        situações desenvolvimento desenvolver desenvolvido desenvolvida desenvolvidos
        desenvolvidas desenvolvendo desenvolvemos empresarial empresariais companhia
        companhias fornecedor fornecedores parceiros parcerias comercial comerciais
        qualidade marketing contratos orçamento orçamentos faturamento faturação pagamento
        pagamentos encomenda encomendas catálogos materiais ferramenta ferramentas
        tecnologia tecnologias tecnológico tecnológica tecnológicos tecnológicas inovações
        inovadora inovadores inovadoras tradicional tradicionais tradições comunidade
        comunidades indústria indústrias industrial industriais relacionamento
        relacionamentos distribuidor clientela produções mercadorias lançamento lançamentos
        temporada temporadas primavera primaveril temperatura temperaturas ensolarado
        ensolarada alaranjado alaranjada amarelados agradecer agradecemos agradecido
        agradecida agradecidos agradecimento agradecimentos interessado interessada
        interessados interessadas interessante interessantes interessar interessaria
        gostaríamos poderíamos deveríamos estaríamos contactar contactado contactada
        contactamos apresentar apresentado apresentada apresentados apresentamos
        conhecimento conhecimentos conhecido conhecida conhecidos conhecemos encontrar
        encontramos encontrado organizar organizado organizada organizados organizamos
        participar participação participantes participado colaborar colaboramos continuar
        continuamos compartilhar compartilhado compartilhamos partilhar partilhado
        considerar considerado considerando consideração recomendar recomendação
        recomendações recomendado recomendada mencionado mencionada mencionou conversamos
        conversar conversando combinamos confirmar confirmado confirmada confirmação
        disponível disponíveis disponibilidade necessário necessária necessários necessárias
        necessidade necessidades oferecemos oferecendo trabalhamos trabalhando trabalhadores
        funcionários colaboradores profissional profissionais responsável responsáveis
        responsabilidade responsabilidades acompanhar acompanhamento acompanhando esperamos
        esperando expectativa expectativas aproveitar aproveitamos conseguir conseguimos
        manteremos melhorando melhorias realizado realizada realizamos realização preparando
        preparação preparado preparada solicitado solicitada recebemos pendentes comunicar
        descobrir descobrimos entendemos compreender explicação esclarecimento
        esclarecimentos atualizar atualizado atualizada atualização atualizações documentos
        documentação novidades comentários mensagens telefonema telefonemas telefônico
        telefónico videochamada videochamadas convidamos convidado convidada felicidade
        felicitações naturalmente especialmente particularmente realmente totalmente
        completamente absolutamente certamente claramente simplesmente finalmente atualmente
        actualmente recentemente anteriormente posteriormente imediatamente diretamente
        directamente pessoalmente principalmente geralmente normalmente frequentemente
        constantemente rapidamente facilmente infelizmente felizmente obviamente
        provavelmente possivelmente exatamente exactamente sinceramente atenciosamente
        cordialmente igualmente basicamente praticamente definitivamente perfeitamente
        aproximadamente novamente brevemente semanalmente mensalmente anualmente diariamente
        regularmente pontualmente muitíssimo seguintes anteriores calendário cronograma
        maravilhoso maravilhosa maravilhosos maravilhosas fantástico fantástica fantásticos
        fantásticas incríveis excelente excelentes importante importantes importância
        diferente diferentes diferença diferenças especiais particular particulares
        específico específica específicos específicas satisfação satisfeito satisfeita
        satisfeitos satisfeitas entusiasmo emocionado emocionada emocionante emocionantes
        agradável agradáveis inspiração inspirador inspiradora motivação curiosidade
        confiança tranquilidade preocupação excelência eficiência eficiente eficientes
        confiável confiáveis competitivo competitiva competitivos competitivas
        competitividade concorrência internacional internacionais nacionais regionais
        econômico económico econômica económica econômicos económicos financeiro financeira
        financeiros financeiras resultados resultado crescimento estratégia estratégias
        estratégico estratégica objetivos iniciativa iniciativas atividades atividade
        actividades actividade processos procedimento procedimentos espetacular
        espetaculares extraordinário extraordinária impressionante impressionantes
        fundamental fundamentais essencial essenciais principais relevante relevantes
        possíveis impossível dificuldade dificuldades complicado complicada acessível
        acessíveis adequados adequadas apropriado apropriada suficiente suficientes
        positivos positivas negativos negativas conveniente convenientes excecional
        excepcional excepcionais magnífico magnífica maravilha surpreendente surpreendentes
        surpreendido surpreendida encantado encantada encantados interessantíssimo
        investimento investimentos negociação negociações transação transações assinatura
        assinaturas inscrição inscrições plataforma plataformas estrutura estruturas
        exposição exposições campanhas publicidade publicitário publicitária promoções
        promocional produtividade produtivo produtiva produtivos produtivas rendimento
        benefícios vantagens requisitos condições capacidade capacidades habilidades
        experiente experientes departamento departamentos administração assistência
        quaisquer bastantes demasiado demasiada trimestre conversas perguntar trabalhos
        trabalhar primeiramente inicialmente ultimamente sobretudo entretanto nomeadamente
        relativamente extremamente cumprimentos saudações respeitosamente desejamos
        queríamos estaremos poderemos enviaremos ficaríamos contentes entusiasmados
        conversarmos marcarmos agendarmos agendamento disponibilizar interesses interesse
        tendências consumidores consumidor compradores distribuidores produzimos qualidades
        personalizado personalizada personalizados personalizadas trimestral vermelhos
        vermelhas projectos objectivos colecções relatório relatórios encontrámos
        conversámos estivemos adoraríamos aproveitando seguimento contactos videoconferência
        antigamente importantíssimo qualificados qualificada treinamento capacitação
        conteúdos
    """),
}

# Every language's at once: what the policy asks.
EVERYDAY: frozenset[str] = frozenset().union(*COMMON_LONG_WORDS.values())
