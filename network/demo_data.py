"""Demo content for the Scottish Community Link Worker Network portal.

Plain Python data only: organisations, case studies, guidance pages, events, news items and
resource-library entries that a loader can turn into pages. Nothing here imports Django.

Where the facts come from
    Figures, programme names, organisations and places are taken from the public reports held
    in ``shared/seeds`` (see the README there). Every sentence has been written afresh for the
    portal; none is copied from those reports.

Participant stories
    Every participant story is an anonymised composite. Each one draws together patterns that
    recur across many people's experience of link working; the first names are invented and
    no story describes a real individual.

Quotes
    The quotes on case studies are illustrative and were written for this demo content. They
    stand for the kind of thing the named role tends to say; they are not verbatim quotations
    from any report or person.

Dates and times
    Dates use ISO format. Event start and end times are Europe/London local time. The start
    and end times of the February 2024 event are placeholders: the seed report gives the date
    but not the times. Guidance review dates are set against a reference date of 2026-11-23;
    the asset-mapping page is deliberately overdue for review.

Vocabulary
    Theme, region and audience slugs follow the portal's shared taxonomy exactly. Organisation
    kinds are those of ``portal.core.models.Organisation.Kind``: Public Health Scotland and NHS
    Education for Scotland are national NHS boards, the network itself is hosted by a
    third-sector organisation and GPs at the Deep End is an informal group ("other").
    Organisations already made by the core loader (same name) are reused, not duplicated.
"""

# ---------------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------------

ORGANISATIONS = [
    {
        "slug": "alliance",
        "name": "Health and Social Care Alliance Scotland (the ALLIANCE)",
        "kind": "third-sector",
        "region": None,
        "website": "https://www.alliance-scotland.org.uk",
    },
    {
        "slug": "voluntary-health-scotland",
        "name": "Voluntary Health Scotland",
        "kind": "third-sector",
        "region": None,
        "website": "https://www.vhscotland.org.uk",
    },
    {
        "slug": "sclwn",
        "name": "Scottish Community Link Worker Network",
        "kind": "third-sector",
        "region": None,
        "website": "",
    },
    {
        "slug": "scottish-government",
        "name": "Scottish Government",
        "kind": "government",
        "region": None,
        "website": "https://www.gov.scot",
    },
    {
        "slug": "public-health-scotland",
        "name": "Public Health Scotland",
        "kind": "nhs-board",
        "region": None,
        "website": "https://www.publichealthscotland.scot",
    },
    {
        "slug": "nhs-education-for-scotland",
        "name": "NHS Education for Scotland",
        "kind": "nhs-board",
        "region": None,
        "website": "https://www.nes.scot.nhs.uk",
    },
    {
        "slug": "deep-end-gps",
        "name": "GPs at the Deep End",
        "kind": "other",
        "region": None,
        "website": "",
    },
    {
        "slug": "dundee-hscp",
        "name": "Dundee Health and Social Care Partnership",
        "kind": "hscp",
        "region": "tayside",
        "website": "https://www.dundeehscp.com",
    },
    {
        "slug": "dundee-city-council",
        "name": "Dundee City Council",
        "kind": "government",
        "region": "tayside",
        "website": "https://www.dundeecity.gov.uk",
    },
    {
        "slug": "nhs-shetland",
        "name": "NHS Shetland",
        "kind": "nhs-board",
        "region": "shetland",
        "website": "https://www.shb.scot.nhs.uk",
    },
    {
        "slug": "edinburgh-hscp",
        "name": "Edinburgh Health and Social Care Partnership",
        "kind": "hscp",
        "region": "lothian",
        "website": "",
    },
    {
        "slug": "glasgow-city-hscp",
        "name": "Glasgow City Health and Social Care Partnership",
        "kind": "hscp",
        "region": "greater-glasgow-clyde",
        "website": "https://glasgowcity.hscp.scot",
    },
    {
        "slug": "nhs-greater-glasgow-clyde",
        "name": "NHS Greater Glasgow and Clyde",
        "kind": "nhs-board",
        "region": "greater-glasgow-clyde",
        "website": "https://www.nhsggc.scot",
    },
    {
        "slug": "lochend-surgery",
        "name": "Lochend Surgery, Easterhouse Health Centre",
        "kind": "gp-practice",
        "region": "greater-glasgow-clyde",
        "website": "",
    },
    {
        "slug": "trussell-trust",
        "name": "Trussell Trust",
        "kind": "third-sector",
        "region": None,
        "website": "https://www.trussell.org.uk",
    },
    {
        "slug": "yo-glasgow",
        "name": "Yo Glasgow",
        "kind": "third-sector",
        "region": "greater-glasgow-clyde",
        "website": "",
    },
    {
        "slug": "govan-mens-shed",
        "name": "Govan Men's Shed",
        "kind": "third-sector",
        "region": "greater-glasgow-clyde",
        "website": "",
    },
    {
        "slug": "elderpark-housing-association",
        "name": "Elderpark Housing Association",
        "kind": "third-sector",
        "region": "greater-glasgow-clyde",
        "website": "",
    },
    {
        "slug": "linthouse-housing-association",
        "name": "Linthouse Housing Association",
        "kind": "third-sector",
        "region": "greater-glasgow-clyde",
        "website": "",
    },
    {
        "slug": "govan-thriving-places",
        "name": "Govan Thriving Places",
        "kind": "government",
        "region": "greater-glasgow-clyde",
        "website": "",
    },
    {
        "slug": "thriving-places-easterhouse",
        "name": "Thriving Places Easterhouse",
        "kind": "government",
        "region": "greater-glasgow-clyde",
        "website": "",
    },
    {
        "slug": "platform-easterhouse",
        "name": "Platform (arts centre, Easterhouse)",
        "kind": "third-sector",
        "region": "greater-glasgow-clyde",
        "website": "",
    },
    {
        "slug": "moira-anderson-foundation",
        "name": "Moira Anderson Foundation",
        "kind": "third-sector",
        "region": "lanarkshire",
        "website": "https://www.moiraanderson.org",
    },
    {
        "slug": "chest-heart-stroke-scotland",
        "name": "Chest Heart & Stroke Scotland",
        "kind": "third-sector",
        "region": None,
        "website": "https://www.chss.org.uk",
    },
    {
        "slug": "paths-for-all",
        "name": "Paths for All",
        "kind": "third-sector",
        "region": None,
        "website": "https://www.pathsforall.org.uk",
    },
    {
        "slug": "cvs-inverclyde",
        "name": "CVS Inverclyde",
        "kind": "third-sector",
        "region": "greater-glasgow-clyde",
        "website": "https://www.cvsinverclyde.org.uk",
    },
]


# ---------------------------------------------------------------------------------------------
# Case studies
# ---------------------------------------------------------------------------------------------

_ILLUSTRATIVE_QUOTES_NOTE = (
    "text",
    "<p><em>Quotes on this page are illustrative. They were written for the network's "
    "portal to reflect what people in these roles commonly tell us, and are not verbatim "
    "quotations.</em></p>",
)

_COMPOSITE_NOTE = (
    "<p><em>This is an anonymised composite story. It combines experiences that link workers "
    "in the Glasgow Links Worker Programme meet again and again; the name is invented and "
    "no real person is described.</em></p>"
)

CASE_STUDIES = [
    # --- Programme profiles --------------------------------------------------------------
    {
        "slug": "dundee-generalist-community-link-workers",
        "title": "Dundee: generalist link workers embedded in general practice",
        "kind": "programme",
        "model": "generalist",
        "setting": "gp-practice",
        "regions": ["tayside"],
        "themes": ["mental-health", "housing", "money-welfare", "social-isolation"],
        "organisations": ["dundee-hscp", "dundee-city-council", "scottish-government"],
        "summary": (
            "Dundee's link workers are non-clinical practitioners based in practices with "
            "higher than average deprivation. An evaluation found that two thirds of the goals "
            "people set were met and most people gained something positive."
        ),
        "date": "2026-03-04",
        "body": [
            (
                "text",
                "<p>Dundee was one of the places where Scottish community link working first "
                "took root. Its <strong>Sources of Support</strong> service grew out of a "
                "partnership between Dundee City Council, Dundee Health and Social Care "
                "Partnership and local general practices, with part of the cost met by the "
                "Scottish Government. In its early form, three link workers shared four "
                "practices in the city's more deprived areas; by 2017 Dundee was one of the "
                "national programme's early adopter areas, covering 11 practices.</p>",
            ),
            (
                "figure",
                {"value": "11", "label": "Dundee practices in the 2017 early adopter phase"},
            ),
            (
                "text",
                "<h3>How the model works</h3>"
                "<p>Link workers in Dundee are social practitioners rather than clinicians. "
                "They are placed in the practices whose patient lists include a higher share "
                "of people living with deprivation, and they pick up the social and personal "
                "pressures on health that a GP rarely has the time, and sometimes not the "
                "specialist knowledge, to work through.</p>"
                "<p>Practice staff make the referral. The link worker then uses a structured "
                "conversation to get to know the person, draw out what they want to change "
                "and agree a plan, which the two of them revisit regularly. The approach is "
                "built on strengths: the aim is to grow people's own skills and confidence so "
                "they can look after their health in the circumstances they actually live "
                "in.</p>"
                "<h3>More than signposting</h3>"
                "<p>Dundee's link workers take care that people reach a service that suits "
                "them, rather than whichever one happens to have a space. In practice that "
                "can mean:</p>"
                "<ul>"
                "<li>going along to visits jointly with other services;</li>"
                "<li>helping with forms such as money or college applications;</li>"
                "<li>acting as a go-between so that people and services understand each "
                "other;</li>"
                "<li>staying alongside someone until the right service can take them on;</li>"
                "<li>helping people manage anxiety or behaviour that might otherwise stop them "
                "getting the most from a service.</li>"
                "</ul>"
                "<p>The city has since added dedicated support workers who can accompany "
                "people to appointments, freeing link workers for the conversations and "
                "planning at the heart of the role.</p>",
            ),
            (
                "text",
                "<h3>What the evaluation found</h3>"
                "<p>The evaluation described the role as sophisticated, drawing on "
                "advocacy, networking, research, facilitation and negotiation. Most people "
                "who were referred went on to work with a link worker. Men and women were "
                "referred in similar numbers, most were of working age, and a large majority "
                "were living with a mental health condition. Many were out of work or unfit "
                "for work and relied on benefits, and more than half needed someone to go "
                "with them before they could use a service, for reasons ranging from severe "
                "anxiety and limited mobility to the cost of getting there.</p>",
            ),
            ("figure", {"value": "70%", "label": "of people referred engaged with a link worker"}),
            ("figure", {"value": "76%", "label": "of people referred were aged 20 to 59"}),
            ("figure", {"value": "92%", "label": "had some form of mental health condition"}),
            ("figure", {"value": "25%", "label": "had a physical health issue"}),
            ("figure", {"value": "65%", "label": "of the goals people set were met"}),
            (
                "figure",
                {"value": "84%", "label": "of people had at least one positive outcome"},
            ),
            (
                "text",
                "<p>The positive outcomes included better access to services and activities, "
                "less isolation, new or improved housing, higher incomes, a renewed sense of "
                "purpose and more confidence and self-esteem. The goals people most often set "
                "were about mental health, housing, money and loneliness.</p>"
                "<p>GPs reported that patients needed medical services less often, that they "
                "had more options to offer beyond a prescription, that they knew more about "
                "non-clinical support and that they got more done in their working day.</p>"
                "<h3>Keeping the practice in the loop</h3>"
                "<p>With the person's agreement, link workers feed back to GPs through the "
                "medical record, at practice meetings and in everyday conversation. They also "
                "help reception and other frontline staff build the confidence to make simple "
                "social referrals themselves.</p>"
                "<h3>Where it fits locally</h3>"
                "<p>Link working in Dundee is written into several local plans, including "
                "the Fairness Commission Action Plan, the City Plan and the partnership's "
                "own strategic and delivery plans.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Before we had a link worker I could name the problem but not the "
                        "answer. Now there is someone in the building who knows where to go "
                        "and will go there with the patient if need be."
                    ),
                    "role": "GP",
                },
            ),
            _ILLUSTRATIVE_QUOTES_NOTE,
        ],
    },
    {
        "slug": "shetland-therapeutic-link-workers",
        "title": "Shetland: therapeutic link workers across island communities",
        "kind": "programme",
        "model": "therapeutic",
        "setting": "community-venue",
        "regions": ["shetland"],
        "themes": ["mental-health", "physical-activity", "social-isolation"],
        "organisations": ["nhs-shetland", "paths-for-all"],
        "summary": (
            "Shetland's link workers come from a health improvement background, are organised by "
            "locality and go to where people are. They combine one-to-one behaviour change "
            "support and low-intensity psychological approaches with community development."
        ),
        "date": "2026-03-18",
        "body": [
            (
                "text",
                "<p>Shetland does not have the concentrated pockets of poverty found in "
                "Scotland's cities. Inequality there is scattered: individuals and families "
                "facing hardship live across many islands and settlements, often some way "
                "from services. NHS Shetland therefore organises its link workers by "
                "locality rather than around deprived neighbourhoods.</p>"
                "<h3>Who the link workers are</h3>"
                "<p>Each Shetland link worker is a health improvement practitioner. Part of "
                "their week is spent inside the local GP practice, and the rest in places "
                "such as the local school or the community work office. Each locality shapes "
                "its own version of the role, guided by local data and by needs that come to "
                "light over time.</p>"
                "<h3>Taking the service to people</h3>"
                "<p>Travel is one of the biggest obstacles to getting help on the islands, "
                "so link workers meet people wherever works best for them: at school, at "
                "work, or in Lerwick, where some people feel less conspicuous than they "
                "would in their own small community. Anyone in a practice area can be seen. "
                "Most referrals arrive from GP practices, some come through schools, and "
                "links with local employers are growing.</p>",
            ),
            (
                "text",
                "<h3>A therapeutic approach</h3>"
                "<p>The model is described as therapeutic because link workers bring "
                "structured behaviour change skills to their one-to-one work. They use "
                "motivational interviewing to help people name their own goals, and they "
                "offer:</p>"
                "<ul>"
                "<li>holistic support with whatever matters most to the person;</li>"
                "<li>specific help with weight management and stopping smoking;</li>"
                "<li>low-intensity psychological approaches, including Brief Behavioural "
                "Activation and support to use computerised CBT.</li>"
                "</ul>"
                "<p>Because they are used to assessing local needs, collecting and analysing "
                "data and running groups, they are as comfortable building community activity as "
                "working with individuals.</p>"
                "<h3>Building community capacity</h3>"
                "<p>Link workers secured funding, trained volunteers and set up health walks "
                "in every locality in Shetland, with support from Paths for Health. They also "
                "helped a local third-sector organisation to launch a mental wellbeing "
                "service, and made sure there were clear routes between that service and the "
                "NHS psychological therapies team.</p>"
                "<p>The team runs training for colleagues in health and social care, the "
                "third sector and other agencies on health inequalities and on working "
                "preventatively within their own services.</p>"
                "<h3>What practices say</h3>"
                "<p>NHS Shetland's own evaluation found broad agreement among practices that "
                "link workers bring flexibility, skill and experience not otherwise "
                "available to them. Practices also find that patients rate the service highly and "
                "that GPs and practice nurses get clinical time back.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "On an island you cannot expect people to come to you. Half the job "
                        "is finding the right place to meet, whether that is the school, "
                        "someone's work or a café in town."
                    ),
                    "role": "Community link worker",
                },
            ),
            _ILLUSTRATIVE_QUOTES_NOTE,
        ],
    },
    {
        "slug": "edinburgh-specialist-welfare-rights-link-workers",
        "title": "Edinburgh: specialist welfare rights link workers in general practice",
        "kind": "programme",
        "model": "specialist",
        "setting": "gp-practice",
        "regions": ["lothian"],
        "themes": ["money-welfare", "housing", "employability", "mental-health"],
        "organisations": ["edinburgh-hscp"],
        "summary": (
            "Edinburgh places qualified welfare rights advisers in GP practices as specialist "
            "link workers. Evidence from similar services points to substantial financial gains "
            "for patients and fewer GP appointments and prescriptions."
        ),
        "date": "2026-04-08",
        "body": [
            (
                "text",
                "<p>Some people arrive at the GP's door needing money, heating and food "
                "before they can think about anything medical. Edinburgh's answer is the "
                "<strong>specialist link worker</strong>: an accredited welfare rights "
                "adviser who works from inside the practice.</p>"
                "<h3>What the advisers do</h3>"
                "<p>Advisers cover the full range of income maximisation, sorting out debt, "
                "housing problems and help towards work, and they will represent people at "
                "tribunals. Where other support would help, they connect people to it.</p>"
                "<p>Each person keeps the same adviser from start to finish. That continuity "
                "builds trust and makes a good result more likely. Because the service sits "
                "in a familiar, non-stigmatising setting where people's health is already "
                "understood, practices can offer advice as part of person-centred care.</p>"
                "<h3>Working with medical records</h3>"
                "<p>With the patient's consent, advisers can read the medical record and "
                "draft supporting evidence for benefit claims, which they check with the GP "
                "for accuracy. Accurate medical evidence at the start means fewer mandatory "
                "reconsiderations and appeals later.</p>"
                "<h3>How it is organised</h3>"
                "<ul>"
                "<li>An adviser is usually in each practice for about one session a "
                "week, and joins practice and locality meetings when that is useful.</li>"
                "<li>Advisers are employed and managed by third-sector advice services that "
                "meet the Scottish National Standards for Information and Advice Providers, "
                "are regulated by the Financial Conduct Authority and carry professional "
                "indemnity insurance.</li>"
                "<li>Running the service well takes continuing close work between health "
                "improvement and public health staff, advice services and the practices.</li>"
                "</ul>"
                "<p>In 2017 Edinburgh was one of the national programme's early adopter "
                "areas, with 9 practices taking part. The approach supports wider aims on "
                "child poverty, income maximisation, integration and health inequalities.</p>",
            ),
            (
                "figure",
                {
                    "value": "£39",
                    "label": "of health, social and economic benefit "
                    "forecast for every £1 invested (Edinburgh and Dundee services)",
                },
            ),
            (
                "figure",
                {
                    "value": "£15",
                    "label": "of financial gain for patients for every £1 "
                    "invested, from routine monitoring",
                },
            ),
            (
                "text",
                "<h3>The wider evidence</h3>"
                "<p>Studies elsewhere add to the case for advice in general practice. In "
                "England, a study of routinely collected records for 148 patients found "
                "fewer GP consultations over six months and fewer prescriptions for "
                "antidepressants and for hypnotics and anxiolytics. In Glasgow, the Deep End "
                "Advice Worker project found that most people it helped had never used an "
                "advice service before, and that many had a mental health or long-term "
                "condition.</p>",
            ),
            (
                "figure",
                {
                    "value": "0.63",
                    "label": "fewer GP consultations per patient over six "
                    "months (148 patients, England)",
                },
            ),
            (
                "figure",
                {"value": "93", "label": "fewer GP appointments in total for those 148 patients"},
            ),
            (
                "figure",
                {"value": "22%", "label": "fewer antidepressant prescriptions in the same study"},
            ),
            (
                "figure",
                {
                    "value": "42%",
                    "label": "fewer hypnotic and anxiolytic prescriptions in the same study",
                },
            ),
            (
                "figure",
                {
                    "value": "85%",
                    "label": "of Deep End Advice Worker patients in Glasgow "
                    "had never used a local advice service",
                },
            ),
            (
                "text",
                "<p>People also describe changes that are harder to count: better housing, "
                "better sleep, easier relationships, new work or volunteering, safety from "
                "domestic abuse, more confidence, less stress and better mental health.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Until the rent and the electricity are sorted, my patient cannot "
                        "give any attention to her blood pressure. Having the adviser down "
                        "the corridor means we deal with first things first."
                    ),
                    "role": "GP",
                },
            ),
            _ILLUSTRATIVE_QUOTES_NOTE,
        ],
    },
    # --- Participant stories (Glasgow Links Worker Programme; anonymised composites) ------
    {
        "slug": "composite-shona-housing-money-and-mental-health",
        "title": "Shona's story: from crisis to a plan she could keep (composite)",
        "kind": "participant-story",
        "model": "generalist",
        "setting": "gp-practice",
        "regions": ["greater-glasgow-clyde"],
        "themes": ["mental-health", "housing", "money-welfare", "trauma"],
        "organisations": ["alliance"],
        "summary": (
            "An anonymised composite of people referred to a Glasgow link worker while in "
            "crisis, with housing, money and mental health problems tangled together. Steady, "
            "unhurried support helped reconnect her with care and sort out the practical "
            "pressures."
        ),
        "date": "2026-05-06",
        "referral": (
            _COMPOSITE_NOTE
            + "<p>Shona's GP referred her because she had become very isolated and her "
            "mental health had deteriorated badly. She had stopped going to her community "
            "mental health appointments, and the GP hoped a different kind of conversation "
            "might help.</p>"
            "<p>At the first meeting Shona spoke about thoughts of ending her life, "
            "arrears she could not see a way out of, and a flat in poor repair with "
            "constant trouble from neighbours. Over the next few sessions she also talked "
            "about a hard childhood and several family bereavements in quick succession.</p>"
        ),
        "support": (
            "<p>The link worker did not rush. The first appointments were about listening, "
            "finding out what Shona enjoyed and who she could lean on, and agreeing a "
            "safety plan. The link worker, trained in suicide intervention, kept safety "
            "under review at every meeting and stayed in close touch with the GP.</p>"
            "<p>Once trust had built, they worked through the practical problems one at a "
            "time so that nothing felt overwhelming:</p>"
            "<ul>"
            "<li>the link worker went with Shona to her first appointment back with the "
            "community mental health team;</li>"
            "<li>a welfare rights adviser checked her benefits and set up a plan for the "
            "arrears;</li>"
            "<li>together they learned how to report repairs to her housing association, "
            "and an advocacy service helped her apply for a move;</li>"
            "<li>she tried a couple of community groups before settling on an art class, "
            "where she found she had a real talent.</li>"
            "</ul>"
            "<p>Shona decided that trauma counselling could wait until she felt steadier. "
            "The link worker respected that choice and left the door open.</p>"
        ),
        "outcome": (
            "<p>Shona now attends her mental health appointments regularly. Her income "
            "is sorted, the debt is under control and a housing transfer is in progress. "
            "When things go wrong she has ways of coping that she did not have before, and "
            "she knows she can get back in touch with the link worker through the "
            "practice.</p>"
        ),
        "quotes": [
            {
                "text": (
                    "Nobody had ever just let me talk. We took it one thing at a time, and "
                    "for once it did not feel like too much."
                ),
                "role": "Programme participant",
            },
            {
                "text": (
                    "Trust came first. Until Shona felt safe with me, none of the referrals "
                    "would have stuck."
                ),
                "role": "Community link worker",
            },
        ],
        "figures": [
            {
                "value": "10,405",
                "label": "referrals to the ALLIANCE programme, April 2023 to March 2024",
            },
            {"value": "37,530", "label": "appointments carried out in the same year"},
        ],
    },
    {
        "slug": "composite-leanne-income-and-a-safe-home",
        "title": "Leanne's story: restoring income and finding a safe home (composite)",
        "kind": "participant-story",
        "model": "generalist",
        "setting": "gp-practice",
        "regions": ["greater-glasgow-clyde"],
        "themes": ["money-welfare", "housing", "trauma", "food-fuel-poverty"],
        "organisations": ["alliance"],
        "summary": (
            "An anonymised composite of parents left without income or a secure tenancy when "
            "a relationship ends. Fast, coordinated referrals brought money, safety and a new "
            "home."
        ),
        "date": "2026-05-20",
        "referral": (
            _COMPOSITE_NOTE
            + "<p>Leanne came to the link worker through her practice nurse after her "
            "partner left. The household's benefits, including a disability payment for "
            "one of her children, had been going into his account, and he was no longer "
            "passing any of it on. The tenancy was in his name, so she was at real risk of "
            "losing the family home.</p>"
            "<p>During the first appointment she also disclosed that he had been violent "
            "and that she was frightened he would come back.</p>"
        ),
        "support": (
            "<p>The link worker agreed with Leanne that money, housing and safety all "
            "needed attention straight away, and made several referrals within days:</p>"
            "<ul>"
            "<li>an urgent welfare rights referral to get benefits paid to Leanne directly "
            "and to claim what the family was entitled to;</li>"
            "<li>applications for crisis grants, plus a food bank referral and an energy "
            "top-up voucher to cover the gap;</li>"
            "<li>a local law centre, which helped her make a homelessness application;</li>"
            "<li>a women's aid service, which built a safety plan with her and supported "
            "her to report to the police;</li>"
            "<li>an adult support and protection referral, made with her knowledge, and "
            "joint working with her health visitor for the children.</li>"
            "</ul>"
        ),
        "outcome": (
            "<p>The family moved into temporary accommodation in another part of the city "
            "and later into a settled tenancy. Benefits are now paid to Leanne. She says "
            "she feels safe and that the children are happier. The link worker helped her "
            "register with a new practice that also had a link worker, and passed the case "
            "on in person so she did not have to tell her story again.</p>"
        ),
        "quotes": [
            {
                "text": (
                    "I went in expecting to be told to phone someone else. Instead she made "
                    "the calls with me sitting there."
                ),
                "role": "Programme participant",
            },
        ],
        "figures": [
            {
                "value": "2,878",
                "label": "referrals across the ALLIANCE programme in January to March 2024 alone",
            },
            {
                "value": "90",
                "label": "practices in Glasgow and West Dunbartonshire with an "
                "ALLIANCE link worker in 2024",
            },
        ],
    },
    {
        "slug": "composite-tam-getting-out-again-after-a-heart-attack",
        "title": "Tam's story: walking, growing and volunteering after a heart attack (composite)",
        "kind": "participant-story",
        "model": "generalist",
        "setting": "gp-practice",
        "regions": ["greater-glasgow-clyde"],
        "themes": [
            "social-isolation",
            "bereavement",
            "long-term-conditions",
            "physical-activity",
            "mental-health",
        ],
        "organisations": ["alliance", "chest-heart-stroke-scotland"],
        "summary": (
            "An anonymised composite of older people whose world shrinks after illness and "
            "loss. A health walk and a community gardening group rebuilt fitness, friendships "
            "and purpose."
        ),
        "date": "2026-06-10",
        "referral": (
            _COMPOSITE_NOTE
            + "<p>Tam, in his late sixties, had been widowed two years earlier. After a "
            "heart attack he became very anxious about his health, stopped going out and "
            "was phoning the practice often. His GP referred him to the link worker, "
            "saying that he seemed lonely and frightened more than unwell.</p>"
        ),
        "support": (
            "<p>Tam's first conversation with the link worker was mostly about his wife and "
            "how quiet the house had become. The link worker explained that anxiety after "
            "a heart attack is very common, which came as a relief to him, and put him in "
            "touch with Chest Heart &amp; Stroke Scotland for support from people who "
            "understood what he had been through.</p>"
            "<p>Tam was reluctant to join anything, so the link worker met him at the start "
            "of a weekly health walk that link workers run jointly with Chest Heart &amp; "
            "Stroke Scotland, and walked the first few weeks alongside him. Through the "
            "walking group he heard about the community allotment, and a bereavement group "
            "at a local church later gave him space to talk about his loss.</p>"
        ),
        "outcome": (
            "<p>Tam walks every week and spends two mornings at the allotment, where he "
            "now helps newcomers find their feet as a volunteer. He feels more confident "
            "about his heart, and calls to the practice have dropped back to routine "
            "reviews.</p>"
        ),
        "quotes": [
            {
                "text": (
                    "I'm not ready to sit in the house for the rest of my days. The walk gets "
                    "me up and out, and the allotment gives me a reason to be there."
                ),
                "role": "Programme participant",
            },
        ],
        "figures": [
            {
                "value": "42",
                "label": "walkers at the programme's self-management celebration "
                "walk, September 2023",
            },
        ],
    },
    {
        "slug": "composite-kirsty-support-after-childhood-abuse",
        "title": "Kirsty's story: support after childhood abuse, at her own pace (composite)",
        "kind": "participant-story",
        "model": "generalist",
        "setting": "gp-practice",
        "regions": ["greater-glasgow-clyde"],
        "themes": ["trauma", "mental-health", "social-isolation"],
        "organisations": ["alliance", "moira-anderson-foundation"],
        "summary": (
            "An anonymised composite of young women living with the effects of abuse. Time to "
            "build trust, then well-timed referrals to specialist and peer support, helped her "
            "begin to move on."
        ),
        "date": "2026-07-01",
        "referral": (
            _COMPOSITE_NOTE
            + "<p>Kirsty, in her twenties, had experienced abuse as a child and again in "
            "an adult relationship. She was seeing her GP often about anxiety and poor "
            "sleep. The GP referred her to the link worker to help her think through what "
            "support might suit her, as she had turned down several earlier suggestions.</p>"
        ),
        "support": (
            "<p>Kirsty missed her first two appointments. The link worker kept the "
            "invitation open, and when she came, the early sessions were about getting to "
            "know each other rather than about services. The link worker used a "
            "trauma-informed approach throughout: explaining every step, offering choices "
            "and letting Kirsty set the pace.</p>"
            "<p>After several meetings Kirsty said she felt ready. With her agreement the "
            "link worker referred her to the Moira Anderson Foundation for specialist "
            "counselling, delivered close to home, and introduced her to a local women's "
            "group where she could talk about everyday life without being judged.</p>"
        ),
        "outcome": (
            "<p>Kirsty is part-way through counselling and goes to the women's group most "
            "weeks. She says she is sleeping better and starting to make plans again, and "
            "she is seeing her GP far less often.</p>"
        ),
        "quotes": [
            {
                "text": (
                    "She never pushed. When I finally said I was ready, everything was "
                    "already lined up."
                ),
                "role": "Programme participant",
            },
            {
                "text": (
                    "Missed appointments are not the end of the story. For a lot of people "
                    "they are part of deciding whether to trust you."
                ),
                "role": "Community link worker",
            },
        ],
        "figures": [
            {"value": "85", "label": "ALLIANCE community links practitioners in 2024"},
        ],
    },
    # --- Partnerships -------------------------------------------------------------------
    {
        "slug": "happy-feet-govan-footcare-service",
        "title": "Happy Feet Govan: a volunteer footcare service that filled a gap",
        "kind": "partnership",
        "model": "generalist",
        "setting": "community-venue",
        "regions": ["greater-glasgow-clyde"],
        "themes": ["long-term-conditions", "social-isolation"],
        "organisations": [
            "alliance",
            "govan-mens-shed",
            "elderpark-housing-association",
            "linthouse-housing-association",
            "govan-thriving-places",
            "nhs-greater-glasgow-clyde",
        ],
        "summary": (
            "When NHS podiatry in Govan stopped cutting nails, a link worker brought together "
            "health, housing and community partners to set up a low-cost volunteer footcare "
            "service for people aged 55 and over."
        ),
        "date": "2026-04-22",
        "body": [
            (
                "text",
                "<p>Toenail cutting sounds minor, but for older people and for people with "
                "disabilities or conditions such as diabetes it can be impossible to manage "
                "alone, and neglect can lead to falls, infection and lost independence. When "
                "the podiatry service in Govan stopped offering nail cutting, a link worker "
                "based in the local health centre saw the gap and set about closing it.</p>"
                "<h3>How it came together</h3>"
                "<p>Working with housing associations, health colleagues and voluntary "
                "groups, the link worker set out to test how much demand there was, find "
                "funding, arrange volunteer training and make sure local GP practices were "
                "behind the idea. Community "
                "members shaped the service from the start.</p>"
                "<h3>The service</h3>"
                "<ul>"
                "<li>Open to Govan residents aged 55 and over.</li>"
                "<li>Runs on Mondays from Govan Men's Shed.</li>"
                "<li>Costs £5 a session, plus a one-off £5 for a personal footcare pack "
                "with clippers and a file.</li>"
                "<li>Delivered entirely by volunteers, each of whom has completed an "
                "awareness session with NHS Greater Glasgow and Clyde podiatry staff.</li>"
                "<li>Volunteers give basic nail care and footcare advice, and explain how to "
                "get a podiatry referral for anything more complex.</li>"
                "</ul>",
            ),
            ("figure", {"value": "£5", "label": "per session, with a one-off £5 footcare pack"}),
            ("figure", {"value": "55+", "label": "age group the service was designed for"}),
            (
                "text",
                "<h3>The partners</h3>"
                "<p>Happy Feet Govan is a joint effort by local people, Govan Men's Shed, the "
                "ALLIANCE, Elderpark Housing Association, Linthouse Housing Association, Govan "
                "Thriving Places and NHS Greater Glasgow and Clyde.</p>"
                "<h3>Why it matters for link working</h3>"
                "<p>Link workers do more than connect people with what already exists. When "
                "asset mapping shows that something important is missing, they can help "
                "the community build it, and the results reach far more people than "
                "one-to-one work alone could.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Patients kept asking who would cut their nails now. Being able to "
                        "say there is a place on a Monday, run by neighbours, makes a real "
                        "difference."
                    ),
                    "role": "Practice manager",
                },
            ),
            _ILLUSTRATIVE_QUOTES_NOTE,
        ],
    },
    {
        "slug": "chair-yoga-easterhouse-and-north-east-glasgow",
        "title": "Chair yoga: from a health centre pilot to a north-east Glasgow movement",
        "kind": "partnership",
        "model": "generalist",
        "setting": "community-venue",
        "regions": ["greater-glasgow-clyde", "lanarkshire"],
        "themes": ["physical-activity", "mental-health", "social-isolation", "bereavement"],
        "organisations": ["alliance", "yo-glasgow", "lochend-surgery"],
        "summary": (
            "A 2018 pilot at Easterhouse Health Centre, set up by a link worker with a "
            "community centre and Yo Glasgow, has grown into free weekly chair yoga clubs "
            "reaching around 100 people."
        ),
        "date": "2026-05-13",
        "body": [
            (
                "text",
                "<p>In 2018 a link worker in the north-east of Glasgow teamed up with a "
                "community centre and teachers from Yo Glasgow to run chair yoga at "
                "Easterhouse Health Centre. Between April and October about fourteen people "
                "came along, mostly from Lochend Surgery and the other practices in the "
                "building. Anyone registered at the health centre could join, as could "
                "people supported by other link workers in the north-east.</p>",
            ),
            ("figure", {"value": "14", "label": "people at the 2018 Easterhouse pilot"}),
            ("figure", {"value": "~100", "label": "people a week now at free chair yoga clubs"}),
            ("figure", {"value": "8", "label": "communities where the clubs now run"}),
            (
                "text",
                "<h3>What participants noticed</h3>"
                "<p>People said the sessions helped their mental health as much as their "
                "bodies. Chair-based movement suits people who have been inactive for a long "
                "time or who live with pain or limited mobility, and the social side "
                "mattered just as much.</p>"
                "<h3>How it grew</h3>"
                "<p>After the pilot, Yo Glasgow built a programme of free community chair yoga "
                "clubs. They now run in Baillieston, Barmulloch, Bridgeton, Coatbridge, "
                "Easterhouse, Garthamlock, Possilpark and Springburn. Members have made "
                "friends and supported one another through bereavement, and a real community "
                "has formed around the sessions.</p>"
                "<h3>The lesson</h3>"
                "<p>A small, low-cost test of change inside a health centre can grow into "
                "something the community runs for itself, long after the original link "
                "worker has moved on to the next idea.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "I came for my back and stayed for the company. Tuesdays are the day "
                        "I look forward to."
                    ),
                    "role": "Programme participant",
                },
            ),
            _ILLUSTRATIVE_QUOTES_NOTE,
        ],
    },
    {
        "slug": "link-workers-in-trussell-trust-food-banks",
        "title": "Link workers at food banks: taking the Links approach beyond the surgery",
        "kind": "partnership",
        "model": "generalist",
        "setting": "food-bank",
        "regions": ["greater-glasgow-clyde"],
        "themes": ["food-fuel-poverty", "money-welfare", "housing", "social-isolation"],
        "organisations": ["alliance", "trussell-trust"],
        "summary": (
            "Since late 2023 the ALLIANCE and the Trussell Trust have been piloting link "
            "workers based in food banks, so that people in crisis get help with the causes of "
            "hardship as well as emergency food."
        ),
        "date": "2026-06-24",
        "body": [
            (
                "text",
                "<p>Food bank teams see many people who need more than a parcel: people "
                "seeking asylum and refugees, single parents, low-income families, older "
                "people and others who are not getting help anywhere else. Staff and "
                "volunteers found that many visitors did not know their rights or what "
                "support they could claim, and some had relied on the food bank for a long "
                "time without anyone tackling the reasons why.</p>"
                "<h3>The pilot</h3>"
                "<p>From late 2023 the ALLIANCE and the Trussell Trust have been running a "
                "two-year pilot, placing one link worker in a food bank team in East "
                "Dunbartonshire and another in the south-west of Glasgow. The aim is to "
                "repeat what worked in general practice: someone with time to listen, who "
                "can respond to urgent need and then refer or signpost people to the help "
                "that addresses the underlying problem.</p>",
            ),
            ("figure", {"value": "2", "label": "food bank link workers in the two-year pilot"}),
            ("figure", {"value": "2023", "label": "year the partnership began"}),
            (
                "text",
                "<h3>Tackling fuel poverty too</h3>"
                "<p>The food bank partnership builds on earlier work on the cost of living. "
                "In 2022 the ALLIANCE and Scottish Gas Networks (SGN) set up a pilot that let "
                "link workers give food and energy vouchers to people in, or at risk of, fuel "
                "poverty or food crisis. It has since led to two Energy Efficiency Outreach "
                "Worker posts offering in-depth energy advice across Glasgow and West "
                "Dunbartonshire.</p>",
            ),
            (
                "figure",
                {
                    "value": "2",
                    "label": "Energy Efficiency Outreach Worker posts created "
                    "through the SGN partnership",
                },
            ),
            (
                "text",
                "<h3>Why it matters</h3>"
                "<p>Not everyone who needs a link worker is registered with, or visits, a GP "
                "practice. Bringing the same skills into other trusted community settings "
                "reaches people that primary care alone would miss.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "A parcel gets someone through the week. Sorting out the benefit "
                        "that stopped is what keeps them from coming back every week."
                    ),
                    "role": "Community link worker",
                },
            ),
            _ILLUSTRATIVE_QUOTES_NOTE,
        ],
    },
    {
        "slug": "moira-anderson-foundation-glasgow-satellite-service",
        "title": "Trauma support closer to home: the Moira Anderson Foundation satellite service",
        "kind": "partnership",
        "model": "generalist",
        "setting": "gp-practice",
        "regions": ["greater-glasgow-clyde", "lanarkshire"],
        "themes": ["trauma", "mental-health"],
        "organisations": ["alliance", "moira-anderson-foundation"],
        "summary": (
            "A 2018 partnership brought specialist support for adults affected by childhood "
            "sexual abuse into Glasgow GP practices, so people no longer had to travel to "
            "Airdrie for help."
        ),
        "date": "2026-07-15",
        "body": [
            (
                "text",
                "<p>The Moira Anderson Foundation supports people affected by childhood sexual "
                "abuse. By 2018 a large share of its referrals came from Glasgow, many of "
                "them made by link workers in Deep End practices. The people referred had to "
                "travel to Airdrie, and link workers found that many simply could not make "
                "that journey.</p>"
                "<h3>What changed</h3>"
                "<p>The Foundation and the ALLIANCE Links Worker Programme set up the Glasgow "
                "Satellite Service, which delivers support in selected GP practices across "
                "the city:</p>"
                "<ul>"
                "<li>complementary therapies;</li>"
                "<li>integrated therapy (counselling);</li>"
                "<li>Hands on Health, a 12-week self-management programme.</li>"
                "</ul>"
                "<p>Offering this in familiar local surgeries removed a major barrier and "
                "brought extra resources into the practices. The partnership later led to a "
                "dedicated hub in Glasgow city centre, giving people more choice about where "
                "to be seen.</p>",
            ),
            (
                "figure",
                {"value": "12", "label": "weeks in the Hands on Health self-management programme"},
            ),
            ("figure", {"value": "2018", "label": "year the satellite service partnership began"}),
            (
                "quote",
                {
                    "text": (
                        "I used to spend appointments helping people plan a two-bus journey "
                        "they were never going to make. Now the support comes to the surgery."
                    ),
                    "role": "Community link worker",
                },
            ),
            _ILLUSTRATIVE_QUOTES_NOTE,
        ],
    },
    # --- Practice development -----------------------------------------------------------
    {
        "slug": "easterhouse-waiting-room-art-and-practice-development",
        "title": "Practice development in action: a waiting room made by the community",
        "kind": "practice-development",
        "model": "generalist",
        "setting": "gp-practice",
        "regions": ["greater-glasgow-clyde"],
        "themes": ["mental-health", "social-isolation"],
        "organisations": ["alliance", "platform-easterhouse", "thriving-places-easterhouse"],
        "summary": (
            "In Easterhouse, practice development funding turned a health centre waiting area "
            "into a gallery of patients' and staff's artwork, including a community map. It "
            "shows how practice development can build a practice's links with its community."
        ),
        "date": "2026-08-19",
        "body": [
            (
                "text",
                "<p>Practice development is one of the three parts of the link worker role in "
                "the ALLIANCE programme, alongside one-to-one work and community development. "
                "It has two jobs: helping the whole practice team understand what link "
                "working offers, and keeping staff up to date with what is available "
                "locally, so that people can be pointed to community support as early as "
                "possible.</p>"
                "<h3>The Easterhouse art project</h3>"
                "<p>One Easterhouse practice used its practice development money to "
                "transform its waiting area. Patients and staff took part in printmaking "
                "workshops at Easterhouse Health Centre and at Platform, the local arts "
                "centre, led by resident artist Alice Dansey-Wright. The finished pieces "
                "include a map of the community and bright, simple health messages. An "
                "unused corner of the health centre became an exhibition stand for work by "
                "local residents who attend a weekly group at Platform.</p>"
                "<p>The project was funded jointly by the ALLIANCE Links Worker Programme, "
                "Platform and Thriving Places Easterhouse, and the practice held a launch "
                "event at the surgery.</p>",
            ),
            (
                "text",
                "<h3>Other ways practices have used the fund</h3>"
                "<ul>"
                "<li>Paying for locum cover so the whole team could meet local services.</li>"
                "<li>Taking the whole team out to see community organisations, and inviting "
                "third-sector groups to run information stands in the practice.</li>"
                "<li>Protected learning sessions, newsletters and a local information folder "
                "for staff.</li>"
                "<li>Quiet spaces away from workstations, better outdoor areas and activity "
                "trackers to support staff wellbeing.</li>"
                "<li>Benefits for patients, such as an online yoga group, food pantry "
                "memberships and health and wellbeing books.</li>"
                "</ul>"
                "<h3>Why it is worth the effort</h3>"
                "<p>Practices involved report that referrals to link workers become more "
                "appropriate, and that staff who know the local landscape feel confident "
                "to make simple referrals themselves. That leaves link workers more time "
                "for people with complex needs. Over time, better-informed teams also lead "
                "to more patients referring themselves.</p>"
                "<p>The early Glasgow evaluation found that practices which took part in "
                "practice development were among those that integrated link working most "
                "fully. The others had shared leadership, supportive team relationships, a "
                "consistent link worker and active community networking.</p>",
            ),
            (
                "figure",
                {
                    "value": "7",
                    "label": "Deep End practices in the original 2014 Links Worker Programme",
                },
            ),
            (
                "figure",
                {
                    "value": "5",
                    "label": "features of the practices where link working "
                    "took root best in the early Glasgow evaluation",
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Our patients walk past that wall every day and see their own "
                        "neighbourhood on it. It says this practice belongs to them."
                    ),
                    "role": "Practice manager",
                },
            ),
            _ILLUSTRATIVE_QUOTES_NOTE,
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Guidance
# ---------------------------------------------------------------------------------------------

GUIDANCE = [
    {
        "slug": "bringing-a-community-link-worker-into-your-practice",
        "title": "Bringing a community link worker into your practice",
        "audiences": ["gp-practice", "hscp", "programme-manager"],
        "topic": "Getting started",
        "summary": (
            "What to put in place before, during and after a link worker joins your practice, "
            "so that the role becomes part of the team rather than a visitor to it."
        ),
        "last_reviewed": "2026-06-15",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>A community link worker (CLW) helps people with the non-medical things "
                "that affect their health: money, housing, loneliness, stress, caring, loss "
                "and past trauma. They do this by listening to what matters to the person "
                "and connecting them with support in the community. The role works best "
                "when it is woven into the practice, not dropped into it.</p>"
                "<h3>What successful services have in common</h3>"
                "<p>Whatever the model (generalist, therapeutic or specialist), services that "
                "work well:</p>"
                "<ul>"
                "<li>are planned with the practice and with local community organisations, "
                "so they fit local need;</li>"
                "<li>use the practice's own systems and procedures;</li>"
                "<li>are open to the whole practice population;</li>"
                "<li>start from what matters to the person, not from a list of services;</li>"
                "<li>rest on strong relationships with community services and a clear grasp "
                "of how to refer to them.</li>"
                "</ul>",
            ),
            (
                "text",
                "<h3>Time and presence matter</h3>"
                "<p>Most link workers cover one or two practices, though some cover as many "
                "as seven. Programme leads report that a link worker who spends less than "
                "two and a half days a week in a practice struggles to become part of the "
                "team. If you share a link worker, agree fixed days so that staff and "
                "patients know when they are in.</p>"
                "<p>Lack of space is one of the most common practical barriers. Secure a "
                "private room before the start date, not afterwards.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Before your link worker starts",
                    "items": [
                        "A private, accessible room is booked for the link worker's days.",
                        "Access to the clinical system (EMIS or Vision) is arranged, with the "
                        "right permissions and an information-sharing agreement in place.",
                        "A named GP or practice manager will act as the link worker's day-to-day "
                        "contact.",
                        "Everyone has agreed how referrals will be made and how feedback will be "
                        "recorded in the notes, with the person's consent.",
                        "Reception and care navigation staff have been briefed on what the role "
                        "is, and what it is not.",
                        "The link worker is on the agenda for the next whole-practice meeting.",
                        "The link worker's employer, line management and supervision "
                        "arrangements are clear to the practice.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "From first conversation to a settled service",
                    "steps": [
                        {
                            "title": "Talk to your HSCP or programme lead",
                            "text": (
                                "Find out which model is funded locally, who employs the link "
                                "workers (often a third-sector organisation) and how practices "
                                "are allocated. Third-sector partners should be involved from "
                                "the outset."
                            ),
                        },
                        {
                            "title": "Agree how the role will work in your practice",
                            "text": (
                                "Set out referral routes, days on site, access to records, "
                                "how feedback reaches GPs and how safeguarding concerns are "
                                "escalated."
                            ),
                        },
                        {
                            "title": "Introduce the link worker properly",
                            "text": (
                                "Give them a full practice induction and time to meet each "
                                "staff group. Invite them to practice meetings from the first "
                                "week."
                            ),
                        },
                        {
                            "title": "Protect time for community networking",
                            "text": (
                                "Expect the link worker to spend part of their week out of the "
                                "building meeting local organisations. This is how they get to "
                                "know what is available locally, and it is part of the job."
                            ),
                        },
                        {
                            "title": "Review after three and twelve months",
                            "text": (
                                "Look at referral numbers and reasons, feedback from staff and "
                                "patients, and anything getting in the way, such as space or "
                                "systems access."
                            ),
                        },
                    ],
                },
            ),
            (
                "text",
                "<h3>Signs the role is becoming part of the practice</h3>"
                "<p>Early evaluation in Glasgow found that the practices where link working "
                "took root shared five features: shared leadership, supportive team "
                "relationships, the same link worker over time, active involvement in "
                "practice development and active networking with the community.</p>"
                "<p>Related competencies: 3.1 Understanding general practice and primary "
                "care; 3.4 Records and information sharing.</p>",
            ),
        ],
    },
    {
        "slug": "practice-development-activities",
        "title": "Practice development activities: helping the whole team work the Links way",
        "audiences": ["gp-practice", "clw", "programme-manager"],
        "topic": "Practice development",
        "summary": (
            "Practical ideas for link workers and practice teams to raise awareness of the role "
            "and of local community support, with examples from Glasgow practices."
        ),
        "last_reviewed": "2026-09-01",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Practice development is the part of the link worker's job that is "
                "aimed at the practice team rather than at individual patients. It has two "
                "purposes:</p>"
                "<ul>"
                "<li>making sure everyone in the practice understands what the link worker "
                "does and who might benefit;</li>"
                "<li>keeping staff up to date with community resources, so they can point "
                "people towards support at the first opportunity.</li>"
                "</ul>"
                "<p>There is no single right set of activities. Each practice should choose "
                "what fits its own priorities. Some, for example, put the emphasis on staff "
                "wellbeing.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Ideas that have worked in practices",
                    "items": [
                        "A short slot at every practice meeting for the link worker to share "
                        "themes and new local services.",
                        "A local information folder or shared document that reception staff can "
                        "use with patients.",
                        "A regular practice newsletter featuring a community organisation.",
                        "Information stalls in the waiting room run by third-sector partners.",
                        "Whole-team visits to a community organisation, with locum cover "
                        "arranged so clinicians can attend.",
                        "Protected learning sessions on topics such as welfare rights or "
                        "trauma-informed practice.",
                        "Staff wellbeing activities, such as a quiet space or a team walk.",
                        "A community art or information project for the waiting area.",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Planning a year of practice development",
                    "steps": [
                        {
                            "title": "Ask the team what they need",
                            "text": (
                                "A quick survey or a discussion at a practice meeting will show "
                                "where knowledge is thin, such as debt advice, carers' support "
                                "or bereavement."
                            ),
                        },
                        {
                            "title": "Pick two or three priorities",
                            "text": (
                                "Choose a small number of activities you can sustain rather "
                                "than a long list that fades out after a few months."
                            ),
                        },
                        {
                            "title": "Involve community partners",
                            "text": (
                                "Invite local organisations into the practice and take staff "
                                "out to see them. Relationships make referrals warmer."
                            ),
                        },
                        {
                            "title": "Check the effect",
                            "text": (
                                "Watch whether referrals become more appropriate and whether "
                                "staff start making simple referrals themselves."
                            ),
                        },
                    ],
                },
            ),
            (
                "text",
                "<h3>What practices gain</h3>"
                "<p>Practices that invest in this work report referrals that suit the "
                "service better and staff who feel able to make simple referrals "
                "themselves. That frees link workers to concentrate on people with complex "
                "situations. Over time, more patients also refer themselves. See the "
                "Easterhouse waiting room case study for an example.</p>"
                "<p>Related competency: 3.3 Practice development.</p>",
            ),
        ],
    },
    {
        "slug": "asset-mapping-and-keeping-it-current",
        "title": "Asset mapping and keeping it current",
        "audiences": ["clw", "third-sector", "programme-manager"],
        "topic": "Asset mapping",
        "summary": (
            "How link workers get to know the community resources around their practices, keep "
            "that knowledge up to date, and use it to spot and help fill gaps."
        ),
        "last_reviewed": "2025-08-14",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>A link worker can only connect people well if they know their patch "
                "well. Asset mapping means building up, and constantly refreshing, an "
                "understanding of the groups, organisations, activities and services that "
                "local people can use. These include support organisations, food banks and "
                "pantries, walking and gardening groups, advice services and much more, "
                "locally, across the city or region, and nationally.</p>"
                "<h3>More than a directory</h3>"
                "<p>The aim is not just a list of names and phone numbers. Link workers need "
                "time to meet organisations and find out what they do, what they care about, "
                "who they are for and how referrals work. Those conversations build "
                "relationships, create two-way referral routes and help link workers become "
                "part of the communities they serve.</p>",
            ),
            (
                "checklist",
                {
                    "title": "What to record for each community asset",
                    "items": [
                        "What it offers and who it is for, including any age, gender or "
                        "community focus.",
                        "How people get there: referral, self-referral or drop-in, and any "
                        "waiting list.",
                        "Cost, location, transport and accessibility.",
                        "Whether it is seasonal or time-limited.",
                        "A named contact and the date you last checked the details.",
                        "Whether you have visited or met the team in person.",
                    ],
                },
            ),
            (
                "text",
                "<h3>Why it goes out of date</h3>"
                "<p>Community provision is always shifting. New groups start up, while "
                "others close or change direction when funding runs out. Some activities, "
                "such as gardening, are seasonal. Others serve particular groups, for example "
                "women or LGBTQ+ people. Knowledge that was accurate last year may be wrong "
                "today.</p>",
            ),
            (
                "steps",
                {
                    "title": "Keeping your map current",
                    "steps": [
                        {
                            "title": "Share updates within your team",
                            "text": (
                                "Use team meetings to swap news about services opening, "
                                "closing or changing their criteria."
                            ),
                        },
                        {
                            "title": "Attend local forums",
                            "text": (
                                "Community networking meetings and Community Orientated "
                                "Primary Care meetings are good places to meet third-sector "
                                "groups and health improvement colleagues."
                            ),
                        },
                        {
                            "title": "Set a review rhythm",
                            "text": (
                                "Check the details of each asset you refer to regularly at "
                                "least every six months, and mark anything you have not "
                                "checked."
                            ),
                        },
                        {
                            "title": "Pass it on to the practice",
                            "text": (
                                "Share what you learn through practice meetings, newsletters "
                                "or a staff information folder so the whole team benefits."
                            ),
                        },
                    ],
                },
            ),
            (
                "text",
                "<h3>When the map shows a gap</h3>"
                "<p>Asset mapping often shows what is missing. Passing people on to services "
                "that are already overstretched does not help them, so link workers should "
                "report gaps through locality planning routes and, where they can, help "
                "communities fill them. Examples include link workers training as health "
                "walk leaders with Paths for All, and the volunteer footcare service "
                "in Govan. Referrals from link workers have sometimes kept a service "
                "open.</p>"
                "<p>Related competencies: 2.1 Knowing local community assets; 2.3 Keeping "
                "community knowledge current; 2.4 Building relationships with community "
                "organisations.</p>",
            ),
        ],
    },
    {
        "slug": "referral-routes-and-self-referral",
        "title": "Referral routes and self-referral",
        "audiences": ["gp-practice", "clw", "programme-manager", "public"],
        "topic": "Referrals",
        "summary": (
            "Who can refer to a link worker, whether people can refer themselves, and how to "
            "make referrals, follow-up and leaving the service work well."
        ),
        "last_reviewed": "2026-10-05",
        "review_months": 12,
        "body": [
            (
                "text",
                "<h3>Who refers</h3>"
                "<p>Most referrals come from GPs, but practice nurses, mental health "
                "practitioners and reception staff (often called care navigators) refer too. "
                "In some areas schools and workplaces are also a route in. Any member of the "
                "practice team who spots a social issue affecting someone's health should "
                "feel able to suggest a link worker.</p>"
                "<h3>Self-referral</h3>"
                "<p>Practice varies. Some programmes welcome self-referral. Others do not, "
                "usually because of safeguarding concerns or worries about being "
                "overwhelmed. Many take a common-sense middle path: someone who has worked "
                "with the link worker before can usually get back in touch directly.</p>"
                "<p>If your programme does accept self-referral, people need to know about "
                "it. CVS Inverclyde, for example, has raised awareness through focus groups, "
                "leaflets, a short video and messages on practice waiting-room screens, so "
                "that people know the GP is not always the first person to see.</p>",
            ),
            (
                "checklist",
                {
                    "title": "A good referral includes",
                    "items": [
                        "The person's agreement to be referred, and how they prefer to be "
                        "contacted.",
                        "What prompted the referral, in the person's own words where possible.",
                        "Any risks or safeguarding concerns the link worker should know about.",
                        "Access needs such as an interpreter, mobility or caring responsibilities.",
                        "Other services already involved.",
                    ],
                },
            ),
            (
                "text",
                "<h3>Who the service is for</h3>"
                "<p>Few programmes set formal restrictions. Most work with people aged 16 "
                "and over, helping children indirectly through their parents or carers. "
                "People whose main need is severe alcohol or drug use or a long-standing "
                "mental illness will usually need specialist services, though a link worker "
                "can still help with the social side. Check your local criteria.</p>",
            ),
            (
                "steps",
                {
                    "title": "From referral to leaving the service",
                    "steps": [
                        {
                            "title": "First contact",
                            "text": (
                                "The link worker gets in touch and offers an appointment in a "
                                "setting that suits the person. Missed first appointments are "
                                "common. Keep the invitation open."
                            ),
                        },
                        {
                            "title": "A good conversation",
                            "text": (
                                "Together they explore what matters to the person and agree "
                                "goals and a plan."
                            ),
                        },
                        {
                            "title": "Connecting and supporting",
                            "text": (
                                "The link worker refers or signposts people, and goes with "
                                "them to appointments where that helps. Programmes differ on "
                                "the number of sessions, from four to no fixed limit."
                            ),
                        },
                        {
                            "title": "Agreeing an ending",
                            "text": (
                                "Decide together when to close, make sure the person knows how "
                                "to come back, and consider a follow-up call to check that "
                                "onward connections have held."
                            ),
                        },
                    ],
                },
            ),
            (
                "text",
                "<p>Related competency: 3.2 Referral routes, including self-referral.</p>",
            ),
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------

EVENTS = [
    {
        "slug": "giving-a-voice-to-clws-essential-connections-2024",
        "title": "Giving a voice to Scotland's community link workers",
        "summary": (
            "An online network event for link workers across Scotland, exploring the findings "
            "of Voluntary Health Scotland's Essential Connections research."
        ),
        "start": "2024-02-22T10:00",
        "end": "2024-02-22T12:00",
        "online": True,
        "venue": "",
        "booking_url": "",
        "body": (
            "<p>The Scottish Community Link Worker Network brought link workers from across "
            "Scotland together online to look in depth at <em>Essential Connections</em>, the "
            "report Voluntary Health Scotland published in November 2023. Roisin Hurst, the "
            "network's Project Manager, presented the findings, and Claire Stevens, Chief "
            "Executive of Voluntary Health Scotland, chaired the session.</p>"
            "<p>The research set out to describe how link worker programmes in Scotland are "
            "designed, delivered and evaluated, rather than to map where every link worker is "
            "based. It combined a review of monitoring data, partnership and programme "
            "reports and published studies with a survey of link workers (60 responses, "
            "January to March 2023) and interviews with 18 programme leads and managers "
            "(March to June 2023).</p>"
        ),
        "key_messages": (
            "<h3>How programmes are set up</h3>"
            "<ul>"
            "<li>Some programmes are run directly by NHS boards or HSCPs; most link workers "
            "are employed by third-sector organisations, which helps them build community "
            "links.</li>"
            "<li>Around one in five practices in Scotland is estimated to have no link "
            "worker. Some areas offer a link worker to every practice, while others target "
            "practices by size and deprivation. Hidden rural poverty is hard to capture in "
            "either approach.</li>"
            "<li>Most survey respondents covered one or two practices, but some covered up to "
            "seven. Spending fewer than two and a half days a week in a practice made it "
            "harder to become part of the team.</li>"
            "</ul>"
            "<h3>Access and referral</h3>"
            "<ul>"
            "<li>Most programmes are for people aged 16 and over and have few formal "
            "restrictions, though severe substance use or long-term mental illness usually "
            "sits with specialist services.</li>"
            "<li>GPs make most referrals, with nurses, mental health practitioners and care "
            "navigators also referring. Only some programmes accept self-referral.</li>"
            "</ul>"
            "<h3>The work itself</h3>"
            "<ul>"
            "<li>Survey respondents used ten different job titles, and views differ on the "
            "term 'social prescribing', which some feel pulls the work back towards a "
            "medical model.</li>"
            "<li>Support ranges from light-touch signposting to intensive work with people "
            "in complex situations. Mental health, loneliness, housing, social security, "
            "money and trauma come up most.</li>"
            "<li>The number of sessions offered ranges from four to no fixed limit. Endings "
            "are usually agreed with the person, and follow-up after someone leaves is "
            "patchy.</li>"
            "</ul>"
            "<h3>Data and evaluation</h3>"
            "<ul>"
            "<li>Programmes use 16 different data systems, from dedicated social prescribing "
            "software to spreadsheets.</li>"
            "<li>Most record basics consistently: 87% record age, gender and referral "
            "source. Only 13% regularly record SIMD, which makes it hard to show the effect "
            "on health inequalities.</li>"
            "<li>35 of 60 respondents use an evaluation tool; 14 tools are in use, the Short "
            "Warwick-Edinburgh Mental Wellbeing Scale being the most common.</li>"
            "</ul>"
            "<h3>Impact</h3>"
            "<ul>"
            "<li>Link workers can ease the effects of inequality on individuals, but they "
            "cannot fix its systemic causes alone.</li>"
            "<li>Some practices reported attendance falling by around 30% after link workers "
            "arrived, though the drop is hard to attribute to link workers alone.</li>"
            "<li>Link workers act as connectors, spot gaps, sometimes start new activity "
            "themselves and feed intelligence back to locality planning.</li>"
            "</ul>"
            "<h3>What needs to happen next</h3>"
            "<ul>"
            "<li>Recognise link working as a profession, with structure and development "
            "routes. England and Wales already have workforce or competency frameworks.</li>"
            "<li>Move from short-term to long-term, ring-fenced funding.</li>"
            "<li>Aim for every GP practice to have a link worker, and tackle culture and "
            "space barriers inside practices.</li>"
            "<li>Agree a shared national agenda and a modest set of common measures, while "
            "keeping room for local flexibility.</li>"
            "</ul>"
            "<p>A National CLW Advisory Group was being set up in March 2024 to review the "
            "programme and report by the end of November.</p>"
        ),
    },
    {
        "slug": "measuring-what-matters-shared-outcomes-2027",
        "title": "Measuring what matters: towards shared outcome measures for link working",
        "summary": (
            "An online workshop for link workers and programme managers on a small, common set "
            "of measures that could show the collective impact of link working in Scotland."
        ),
        "start": "2027-02-17T13:30",
        "end": "2027-02-17T15:30",
        "online": True,
        "venue": "",
        "booking_url": "",
        "body": (
            "<p>Scotland's link worker programmes record different things in different ways, "
            "which makes it hard to show what link working achieves across the country. This "
            "workshop brings link workers and programme managers together to test a draft "
            "shortlist of shared measures, including how to record deprivation consistently, "
            "and to talk frankly about what they would add to or remove from the workload.</p>"
            "<p>The session will include short presentations, small-group discussions and a "
            "live poll. It will be held on Zoom with automatic captions. Booking details will "
            "be sent to network members by email.</p>"
        ),
        "key_messages": "",
    },
    {
        "slug": "network-gathering-edinburgh-2027",
        "title": "Network gathering 2027: connecting practice and community",
        "summary": (
            "A day together in Edinburgh for link workers, practice teams and third-sector "
            "partners, focused on practice development, asset mapping and the draft "
            "competency framework."
        ),
        "start": "2027-06-16T10:00",
        "end": "2027-06-16T16:00",
        "online": False,
        "venue": "Mansfield Traquair Centre, 15 Mansfield Place, Edinburgh EH3 6BB",
        "booking_url": "",
        "body": (
            "<p>Our annual gathering is a chance to meet colleagues in person, share what is "
            "working and take ideas home. The programme will include:</p>"
            "<ul>"
            "<li>practice teams and link workers presenting practice development projects, "
            "from waiting-room art to whole-team community visits;</li>"
            "<li>a hands-on asset mapping workshop on keeping local knowledge current;</li>"
            "<li>a first look at the draft competency framework and practice levels, with "
            "time to comment;</li>"
            "<li>a session on rural and island link working, including hidden rural "
            "poverty.</li>"
            "</ul>"
            "<p>Lunch and refreshments are provided. The venue has step-free access and a "
            "hearing loop. Places are limited and will be offered to network members first; "
            "booking details will follow by email.</p>"
        ),
        "key_messages": "",
    },
]


# ---------------------------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------------------------

NEWS = [
    {
        "slug": "network-launches-new-portal",
        "title": "The network launches its new portal",
        "date": "2026-10-01",
        "summary": (
            "A single home for case studies, practical guidance, events and a library of key "
            "reports on community link working in Scotland."
        ),
        "body": (
            "<p>The Scottish Community Link Worker Network has launched a new portal for "
            "everyone involved in link working: link workers, GP practice teams, HSCP "
            "planners, third-sector partners and the public.</p>"
            "<p>The portal brings together:</p>"
            "<ul>"
            "<li>case studies of generalist, therapeutic and specialist programmes, "
            "partnerships and anonymised participant stories;</li>"
            "<li>guidance on bringing a link worker into a practice, practice development, "
            "asset mapping and referral routes, each with a review date;</li>"
            "<li>network events, with key messages from past sessions;</li>"
            "<li>a resource library of reports that have shaped link working in "
            "Scotland.</li>"
            "</ul>"
            "<p>Content can be filtered by theme, NHS board area and audience. We would "
            "welcome your feedback and your own case studies.</p>"
        ),
    },
    {
        "slug": "ten-years-of-the-links-worker-programme-record-of-learning",
        "title": "Ten years of the Links Worker Programme: record of learning now in our library",
        "date": "2026-10-15",
        "summary": (
            "The ALLIANCE's record of a decade of link working in Glasgow and West "
            "Dunbartonshire is now in our resource library, together with case studies drawn "
            "from it."
        ),
        "body": (
            "<p>The ALLIANCE's Links Worker Programme began in 2014 in seven Deep End "
            "practices in Glasgow, with eight more acting as comparison sites. By 2024 it "
            "worked with 90 practices across Glasgow and West Dunbartonshire. Its ten-year "
            "record of learning is now in our resource library.</p>"
            "<p>The record explains the three strands of the role: one-to-one work, practice "
            "development and community development. It also describes partnerships ranging "
            "from chair yoga in Easterhouse to a volunteer footcare service in Govan and link "
            "workers in food banks. In the year to March 2024 the programme received 10,405 "
            "referrals and carried out 37,530 appointments. An independent economic "
            "assessment put the wellbeing value it generated in 2022 at £18.2 million, or "
            "£8.79 for every £1 of public money.</p>"
            "<p>The record ends with four priorities: sustainable long-term funding, access "
            "to a link worker for every GP practice in Scotland, a fair national framework "
            "that keeps local flexibility, and continued collaboration across sectors.</p>"
            "<p>Several case studies on this portal draw on the record, including anonymised "
            "composite participant stories.</p>"
        ),
    },
    {
        "slug": "help-shape-the-clw-competency-framework",
        "title": "Link workers: help shape the competency framework",
        "date": "2026-11-10",
        "summary": (
            "We are looking for link workers from every NHS board area to review the draft "
            "competency framework and tell us whether it describes the job they actually do."
        ),
        "body": (
            "<p>Link workers have told us many times that the role lacks a clear "
            "professional structure. England and Wales already have frameworks for social "
            "prescribing link workers, and we want Scotland's link workers to shape their "
            "own.</p>"
            "<p>The draft framework has six domains: person-centred practice; connecting "
            "people with community assets; working within general practice; health "
            "inequalities; safeguarding, boundaries and wellbeing; and evaluation and "
            "sharing learning. It follows the NHS Education for Scotland practice levels: "
            "informed, skilled, enhanced and specialist.</p>"
            "<p>We would like to hear from link workers in generalist, therapeutic and "
            "specialist roles, in cities, towns, rural areas and islands, and from those "
            "employed by the NHS, HSCPs and third-sector organisations. You can comment "
            "online, join a small-group discussion, or both. Sign up through the network "
            "by 31 January 2027.</p>"
        ),
    },
]


# ---------------------------------------------------------------------------------------------
# Resource library (one entry per seed report)
# ---------------------------------------------------------------------------------------------

RESOURCES = [
    {
        "slug": "gold-star-exemplars-third-sector-community-link-working-2017",
        "title": "Gold star exemplars: third sector approaches to Community Link Working across "
        "Scotland",
        "file_name": "2017-04-gold-star-exemplars-third-sector-clw.txt",
        "summary": (
            "A scoping study commissioned by the Scottish Government to find out how much link "
            "working the third sector was already doing in primary care. Surveys of providers "
            "and Third Sector Interfaces found programmes in every local authority but one. "
            "The report makes the case for treating the third sector as a core partner, with "
            "commissioning periods of at least three years."
        ),
        "themes": ["mental-health", "social-isolation", "employability"],
        "audiences": ["third-sector", "hscp", "programme-manager"],
        "year": 2017,
        "publisher": "Voluntary Health Scotland",
    },
    {
        "slug": "scottish-government-clw-programme-briefing-2017",
        "title": "Scottish Government Community Link Worker Programme: briefing",
        "file_name": "2017-05-scottish-government-clw-programme-briefing.txt",
        "summary": (
            "A short briefing on the national programme, which committed to recruiting up to "
            "250 link workers by 2020. It sets out the programme's aims and core components and "
            "draws on the Glasgow and Dundee pilots. It also names the early adopter areas of "
            "Glasgow, Dundee, Edinburgh and Inverclyde."
        ),
        "themes": ["money-welfare", "social-isolation", "mental-health"],
        "audiences": ["hscp", "gp-practice", "programme-manager"],
        "year": 2017,
        "publisher": "Scottish Government",
    },
    {
        "slug": "giving-a-voice-to-clws-key-messages-2024",
        "title": "Key messages: giving a voice to Scotland's community link workers",
        "file_name": "2024-02-key-messages-giving-a-voice-to-clws.txt",
        "summary": (
            "A write-up of the network's February 2024 online event on the Essential "
            "Connections research. It covers how programmes are designed, the wide variation in "
            "data and evaluation, and what link workers and managers want for the future. "
            "Their priorities include professional recognition, secure funding and shared "
            "measures."
        ),
        "themes": ["mental-health", "social-isolation", "housing", "money-welfare", "trauma"],
        "audiences": ["clw", "programme-manager", "hscp", "third-sector"],
        "year": 2024,
        "publisher": "Voluntary Health Scotland (Scottish Community Link Worker Network)",
    },
    {
        "slug": "alliance-links-worker-programme-record-of-learning-2024",
        "title": "Record of Learning 2024: 10 years of the Links Worker Programme",
        "file_name": "2024-alliance-links-worker-programme-record-of-learning.txt",
        "summary": (
            "The ALLIANCE's look back at ten years of link working in Glasgow and West "
            "Dunbartonshire, from seven Deep End practices to 90. It explains one-to-one work, "
            "practice development and asset mapping, with case studies and many partnerships. "
            "It closes with priorities for the next decade."
        ),
        "themes": [
            "mental-health",
            "social-isolation",
            "housing",
            "money-welfare",
            "trauma",
            "food-fuel-poverty",
            "physical-activity",
        ],
        "audiences": ["gp-practice", "clw", "hscp", "third-sector", "public"],
        "year": 2024,
        "publisher": "Health and Social Care Alliance Scotland (the ALLIANCE)",
    },
    {
        "slug": "what-is-a-community-link-worker-three-case-studies",
        "title": "What is a Community Link Worker? Three case studies",
        "file_name": "what-is-a-clw-three-case-studies.txt",
        "summary": (
            "Three contrasting models of link working: generalist link workers in Dundee, "
            "therapeutic health improvement practitioners in Shetland and specialist welfare "
            "rights advisers in Edinburgh. It sets out the features all three share and "
            "includes evaluation and return-on-investment figures."
        ),
        "themes": ["mental-health", "money-welfare", "housing", "physical-activity"],
        "audiences": ["gp-practice", "hscp", "programme-manager"],
        "year": 2017,
        "publisher": "Dundee HSCP, NHS Shetland and Edinburgh HSCP (contributors)",
    },
]
