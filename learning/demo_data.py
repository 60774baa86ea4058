"""Demo content for the learning app: modules, lessons, knowledge checks and a pathway.

Plain Python data, with no imports, used to fill a development or demonstration site with:

* MODULES: five induction modules for new community link workers (CLWs), each with its
  summary, learning outcomes, estimated minutes, practice level, theme slugs, the competencies
  it develops (codes from the framework demo data, with the level developed), prerequisite
  module slugs and its lessons. A lesson body is an ordered list of (block type, value) pairs:
  "text" (rich text limited to p, h3, ul/li, strong and em), "callout", "reflection" and
  "question" (single or multiple choice, with feedback on every option).
* PATHWAY: the "New CLW induction" pathway, listing every module in a sensible order.
* GAELIC_MODULE: a Scottish Gaelic version of the first module, keyed by the exact English
  string (HTML strings are translated whole, keeping their tags).

Theme slugs come from the portal's shared taxonomy and competency codes from the CLW
competency framework. Facts and figures are drawn from public reports about community link
working in Scotland (the Scottish Government programme briefing of May 2017, Voluntary Health
Scotland's 2017 scoping study of third-sector programmes, the February 2024 key messages on
the Essential Connections research, the ALLIANCE Links Worker Programme's 2024 record of
learning, and the Dundee, Shetland and Edinburgh case studies), but all of the wording is new.
The Gaelic is a demonstration translation and should be checked by a fluent speaker before
real use.
"""

MODULES = [
    # ================================================================== 1
    {
        "slug": "what-a-clw-does",
        "title": "What a Community Link Worker does",
        "summary": (
            "An introduction to the Community Link Worker role in Scottish general practice, "
            "the three main ways it has been set up, and the national programme that grew it."
        ),
        "outcomes": [
            "By the end you can describe in plain words what a Community Link Worker does and "
            "who they work with.",
            "By the end you can tell apart the generalist, therapeutic and specialist models of "
            "link working.",
            "By the end you can outline the aims of the Scottish Government's Community Link "
            "Worker programme and how it began.",
            "By the end you can give examples of the difference link working makes for people, "
            "practices and communities.",
        ],
        "minutes": 60,
        "level": "informed",
        "themes": ["mental-health", "social-isolation", "housing", "money-welfare", "trauma"],
        "competencies": [
            ("3.1", "informed"),
            ("4.1", "informed"),
            ("4.2", "informed"),
            ("4.3", "informed"),
        ],
        "prerequisites": [],
        "lessons": [
            {
                "slug": "the-role",
                "title": "The role in a nutshell",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>A Community Link Worker (CLW) is a non-clinical practitioner who "
                        "works as part of a GP practice team. People come to a CLW because "
                        "something in their life is harming their health and a prescription "
                        "will not fix it: money worries, a housing problem, loneliness, grief, a "
                        "difficult relationship or the long shadow of past trauma.</p>"
                        "<p>The CLW's job is to sit down with the person, find out what matters "
                        "most to them, and help them connect with the support in their community "
                        "that fits. That might be a welfare rights service, a walking group, a "
                        "housing association, a counselling charity or simply a place to meet "
                        "other people.</p>",
                    ),
                    (
                        "text",
                        "<h3>What people bring</h3>"
                        "<p>Research with link workers and programme managers across Scotland in "
                        "2023 found the same issues coming up again and again:</p>"
                        "<ul><li>mental health</li><li>social isolation and loneliness</li>"
                        "<li>housing</li><li>welfare and social security</li>"
                        "<li>money and debt</li><li>trauma</li></ul>"
                        "<p>In practice these rarely arrive one at a time. Someone referred for "
                        "low mood may also be behind with the rent and have stopped leaving the "
                        "house.</p>",
                    ),
                    (
                        "text",
                        "<h3>How the work happens</h3>"
                        "<p>Most people are referred by someone in the practice, often a GP. The "
                        "CLW meets them, usually face to face, and together they agree what to "
                        "work on. Support can be light, such as details of a local group, or "
                        "intensive over many weeks, including going along with the person to a "
                        "first appointment. Giving someone information about a service is usually "
                        "called <strong>signposting</strong>; making a formal referral on their "
                        "behalf is often called <strong>social prescribing</strong>.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Many names, one role",
                            "text": (
                                "<p>Link workers go by many job titles. Among the 60 link "
                                "workers who answered a 2023 survey for the Essential "
                                "Connections research, 10 different titles were in use. The "
                                "ALLIANCE, for example, calls its link workers Community Links "
                                "Practitioners. This portal uses Community Link Worker "
                                "throughout.</p>"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think about a time when something outside your health, such as "
                                "money, work or a relationship, affected how you felt. Who "
                                "helped you find your way through it, and what did they do that "
                                "made a difference?"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "three-models",
                "title": "Three models: Dundee, Shetland and Edinburgh",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>There is no single blueprint for link working in Scotland. Three "
                        "well-documented examples show how different the role can look "
                        "depending on local need.</p>"
                        "<h3>Generalist: Dundee</h3>"
                        "<p>In Dundee, link workers are non-clinical social practitioners placed "
                        "in practices with a higher than average share of patients from deprived "
                        "areas. Practice staff refer patients, and the CLW uses a structured "
                        "conversation to build rapport, find out what the person wants to change "
                        "and agree a plan that they review together. An evaluation found that 70% "
                        "of people referred took up the service, 92% had some kind of mental "
                        "health condition and more than half needed someone to go with them to "
                        "reach a service. Around 65% of the goals people set were met, and 84% "
                        "of people saw at least one positive outcome.</p>",
                    ),
                    (
                        "text",
                        "<h3>Therapeutic: Shetland</h3>"
                        "<p>In Shetland the link workers are Health Improvement Practitioners, "
                        "each covering a locality somewhere across the islands. Poverty there is "
                        "scattered "
                        "rather than concentrated in particular neighbourhoods, and transport is "
                        "a major barrier, so workers go to where people are: the GP practice, "
                        "the school, a workplace, or Lerwick, where some people feel less "
                        "recognisable. As well as holistic support, they use motivational "
                        "interviewing and behaviour change techniques, help with weight "
                        "management and stopping smoking, and offer low-intensity psychological "
                        "support such as Brief Behavioural Activation and help with computerised "
                        "CBT. They have also set up health walks in every locality with funding "
                        "from Paths for Health.</p>",
                    ),
                    (
                        "text",
                        "<h3>Specialist: Edinburgh</h3>"
                        "<p>Edinburgh's specialist link workers are welfare rights advisers who "
                        "spend roughly one session a week in a practice. They help with income "
                        "maximisation, debt, housing problems and employability, and can "
                        "represent people at tribunals. With the person's consent they can use "
                        "medical records to write accurate reports for benefit claims, which "
                        "cuts down on reconsiderations and appeals. They are employed by third "
                        "sector advice services accredited under the Scottish National Standards "
                        "for Information and Advice Providers. Routine monitoring suggests around "
                        "£15 of financial gain for people for every £1 invested.</p>",
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "In which model do link workers travel to schools, workplaces "
                                "and other local venues, largely because transport is one of the "
                                "biggest barriers to getting help?"
                            ),
                            "options": [
                                {
                                    "text": "Dundee",
                                    "correct": False,
                                    "feedback": (
                                        "Dundee's link workers are embedded in practices serving "
                                        "deprived areas of the city; travelling out to people "
                                        "because of transport is the hallmark of the island "
                                        "model."
                                    ),
                                },
                                {
                                    "text": "Shetland",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. With isolated households spread across the "
                                        "islands, Shetland's workers go to people rather than "
                                        "expecting them to travel."
                                    ),
                                },
                                {
                                    "text": "Edinburgh",
                                    "correct": False,
                                    "feedback": (
                                        "Edinburgh's specialist advisers work from the GP "
                                        "practice, usually for about one session a week."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "multiple",
                            "question": (
                                "Which of these are true of the specialist link workers in "
                                "Edinburgh? Choose all that apply."
                            ),
                            "options": [
                                {
                                    "text": (
                                        "They are welfare rights advisers based in the practice "
                                        "for around one session a week."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. They bring specialist advice into the practice on "
                                        "a regular, predictable basis."
                                    ),
                                },
                                {
                                    "text": (
                                        "With consent, they can draw on medical records to "
                                        "prepare reports that support benefit claims."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Accurate reports, checked with GPs, mean fewer "
                                        "claims go to reconsideration or appeal."
                                    ),
                                },
                                {
                                    "text": (
                                        "They deliver Brief Behavioural Activation and support "
                                        "computerised CBT."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Low-intensity psychological support is part of the "
                                        "therapeutic model in Shetland."
                                    ),
                                },
                                {
                                    "text": "They are employed directly by the GP practice.",
                                    "correct": False,
                                    "feedback": (
                                        "No. They are employed by third sector advice services "
                                        "that hold accreditation under the Scottish National "
                                        "Standards for Information and Advice Providers."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "Dundee's evaluation looked at how many of the goals people set "
                                "were achieved. What proportion were met?"
                            ),
                            "options": [
                                {
                                    "text": "About a quarter",
                                    "correct": False,
                                    "feedback": (
                                        "Too low. About a quarter of the people in the "
                                        "evaluation had a physical health problem, which may be "
                                        "the figure you are thinking of."
                                    ),
                                },
                                {
                                    "text": "About two thirds",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Around 65% of goals were met, and 84% of "
                                        "people had at least one positive outcome."
                                    ),
                                },
                                {
                                    "text": "Almost all",
                                    "correct": False,
                                    "feedback": (
                                        "Too high. Most people gained something, but not every "
                                        "goal was reached, which is realistic for people facing "
                                        "several complex problems at once."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "national-programme",
                "title": "The national programme",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Link working in Scotland began with local pilots. The two that "
                        "shaped national policy most were the Links Worker Programme in Glasgow, "
                        "run by the Health and Social Care Alliance Scotland (the ALLIANCE) with "
                        "seven Deep End practices from 2014, and Dundee Sources of Support, in "
                        "which three link workers covered four practices in deprived areas.</p>"
                        "<p>In A Plan for Scotland, its programme for 2016 to 2017, the Scottish "
                        "Government pledged to have up to 250 Community Link Workers in post in "
                        "GP surgeries by 2020, with at least 40 starting in 2017. The first "
                        "phase, from April to September 2017, concentrated on sustaining early "
                        "adopter programmes in Glasgow (14 practices), Dundee (11), Edinburgh (9) "
                        "and Inverclyde (6). NHS Health Scotland led the monitoring and "
                        "evaluation.</p>",
                    ),
                    (
                        "text",
                        "<h3>What the programme set out to do</h3>"
                        "<p>The programme had four aims: to help people live well by "
                        "bringing community resources and primary care closer together; to "
                        "back GP practice teams working with communities facing socio-economic "
                        "deprivation; to reduce the effect of social and economic inequality on "
                        "health; and to make link workers part of the wider practice team where "
                        "that fitted. Its core components included:</p>"
                        "<ul><li>working in areas of deprivation, urban and rural, widespread or "
                        "in pockets</li>"
                        "<li>open access, with no age or condition criteria</li>"
                        "<li>strictly non-clinical support</li>"
                        "<li>close working with the third sector and clear referral pathways "
                        "into it</li>"
                        "<li>taking part in national evaluation and sharing learning</li></ul>",
                    ),
                    (
                        "text",
                        "<h3>Where things stand now</h3>"
                        "<p>Since the 2018 GP contract, link workers have been funded through the "
                        "Primary Care Improvement Fund as part of the practice multidisciplinary "
                        "team. By 2024 there were more than 320 across Scotland, although an "
                        "estimated one practice in five still had no access to one. The Network "
                        "and others continue to press for long-term funding and for a link "
                        "worker in every practice, and a National CLW Advisory Group was set up "
                        "in 2024 to review the programme.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "More than signposting",
                            "text": (
                                "<p>Early research for the programme cautioned against link "
                                "workers simply passing people on to third sector services that "
                                "are already stretched. Good link working invests in "
                                "relationships with local organisations and helps build "
                                "community capacity, rather than adding to waiting lists.</p>"
                            ),
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "What did the Scottish Government commit to in A Plan for "
                                "Scotland 2016 to 2017?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Recruiting up to 250 Community Link Workers for GP "
                                        "surgeries by 2020"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The pledge also set a target of at least 40 "
                                        "link workers recruited during 2017."
                                    ),
                                },
                                {
                                    "text": (
                                        "Placing a link worker in every GP practice in Scotland "
                                        "by 2018"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Not quite. A link worker in every practice is something "
                                        "the Network and others still call for; the 2016 to 2017 "
                                        "pledge was for up to 250 workers."
                                    ),
                                },
                                {
                                    "text": (
                                        "Employing 320 link workers directly through NHS boards"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. More than 320 link workers were in post by 2024, "
                                        "but many are employed by third sector organisations "
                                        "rather than NHS boards, and that was never the original "
                                        "pledge."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "multiple",
                            "question": (
                                "Which of these were core components of the national programme? "
                                "Choose all that apply."
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Open to anyone on the practice list, without "
                                        "demographic or condition criteria"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Generalist access is what sets link working apart "
                                        "from condition-specific services."
                                    ),
                                },
                                {
                                    "text": "Strictly non-clinical support",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Link workers do not diagnose or treat; clinical "
                                        "matters stay with the clinical team."
                                    ),
                                },
                                {
                                    "text": "Delivered only in cities",
                                    "correct": False,
                                    "feedback": (
                                        "No. The programme covered deprivation in rural and "
                                        "remote areas as well as urban ones."
                                    ),
                                },
                                {
                                    "text": (
                                        "Clear routes for referring people on to third sector "
                                        "organisations"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Close working with the third sector was central "
                                        "from the start."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "the-difference-it-makes",
                "title": "The difference it makes",
                "required": False,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<h3>For the people who are referred</h3>"
                        "<p>Outcomes reported across programmes include more money coming in "
                        "through benefits and debt advice, better or new housing, less "
                        "isolation, new interests and friendships, and more confidence and "
                        "self-esteem. Some changes are quieter but still matter: many people say "
                        "that simply being listened to without judgement was a turning point. "
                        "Link workers are honest that the service is not a cure-all. For some "
                        "people life changes a great deal; for others the gains are smaller.</p>",
                    ),
                    (
                        "text",
                        "<h3>For practices and communities</h3>"
                        "<p>GPs involved in the early programmes said they felt more productive, "
                        "had an alternative to prescribing and saw fewer visits from patients "
                        "whose needs were not medical. Link workers also feed back to practices "
                        "and health and social care partnerships about gaps they see locally. An "
                        "economic study by Biggar Economics estimated that in 2022 the ALLIANCE "
                        "programme produced £18.2 million in wellbeing benefits in the west of "
                        "Scotland, or £8.79 for every £1 of public money, and judged that figure "
                        "likely to be an underestimate.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Which of the outcomes in this lesson do you think matters most "
                                "to the people in the community you will work with, and why? How "
                                "might you notice it happening?"
                            ),
                        },
                    ),
                ],
            },
        ],
    },
    # ================================================================== 2
    {
        "slug": "good-conversations",
        "title": "Good conversations and what matters to the person",
        "summary": (
            "How link workers build trust, find out what really matters to someone and turn it "
            "into goals the person owns, with a trauma-informed approach throughout."
        ),
        "outcomes": [
            "By the end you can explain why link work starts from the person's own agenda "
            "rather than the referral reason or a checklist.",
            "By the end you can describe practical ways of building trust with people who have "
            "found services hard to engage with.",
            "By the end you can support someone to set realistic goals and plan how your work "
            "together will end.",
            "By the end you can apply the principles of a trauma-informed approach in everyday "
            "conversations.",
        ],
        "minutes": 75,
        "level": "skilled",
        "themes": ["mental-health", "trauma", "social-isolation"],
        "competencies": [
            ("1.1", "skilled"),
            ("1.2", "skilled"),
            ("1.3", "skilled"),
            ("1.4", "skilled"),
            ("5.1", "informed"),
        ],
        "prerequisites": ["what-a-clw-does"],
        "lessons": [
            {
                "slug": "what-matters",
                "title": "Starting from what matters",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>The reason written on a referral is rarely the whole story. A GP may "
                        "refer someone for anxiety, and in the first conversation it emerges "
                        "that the gas has been cut off, a letter about rent arrears sits "
                        "unopened on the table and the person has not spoken to a friend for "
                        "weeks. The Edinburgh case study opens with a GP making exactly this "
                        "point about a patient for whom food and heating bills had to come "
                        "before any medical conversation.</p>"
                        "<p>A good conversation leaves room for all of this. Instead of working "
                        "through an assessment form, the link worker asks open questions, "
                        "listens more than they talk and lets the person choose where to start. "
                        "The question is not <em>what is wrong with you?</em> but <em>what "
                        "matters to you?</em></p>",
                    ),
                    (
                        "text",
                        "<h3>Not too much at once</h3>"
                        "<p>Link workers often describe a balancing act. People arrive with "
                        "several problems knotted together, and it is tempting to try to fix "
                        "them all in the first meeting. Experienced workers in Glasgow's Links "
                        "Worker Programme warn that laying out too many options at once can "
                        "overwhelm people and make them pull back. It usually works better to "
                        "agree one or two first steps, get an early success and build from "
                        "there.</p>"
                        "<p>Some programmes guide these conversations with a structured "
                        "framework, such as the MAP model or a good conversations approach, "
                        "while the Shetland team draws on motivational interviewing. Whatever "
                        "the model, the aim is the same: the person stays in charge of their own "
                        "priorities.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Questions that open things up",
                            "text": (
                                "<p>Try questions such as <em>What would make the biggest "
                                "difference to you right now?</em>, <em>What has helped "
                                "before?</em> and <em>Who is on your side?</em> They invite the "
                                "person to lead and often bring strengths to light as well as "
                                "problems.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "building-trust",
                "title": "Building trust and keeping the door open",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Trust is the foundation for everything else. Many people referred to "
                        "a link worker have had poor experiences of services, are living with "
                        "chaotic circumstances or have never asked anyone for help before. They "
                        "will only share what is really going on once they feel safe, respected "
                        "and free from judgement. Warmth, openness and real interest from the "
                        "very first contact count for more than any technique.</p>"
                        "<p>Meeting face to face helps, and so does seeing the same worker each "
                        "time. Be clear about what you can and cannot do, and then do what you "
                        "said you would.</p>",
                    ),
                    (
                        "text",
                        "<h3>The door is always open</h3>"
                        "<p>Engagement is often slow and uneven. Someone may book and miss "
                        "several appointments, come for a while and then lose touch, and "
                        "reappear months later. Link working in Glasgow treats this as normal "
                        "rather than as a reason to close the case. Because general practice "
                        "offers continuity over many years, a link worker based there can "
                        "afford to keep the door open.</p>"
                        "<p>Practical help builds trust too: a joint visit with a housing "
                        "officer, or going with an anxious person to a first appointment they "
                        "could not face alone. One Glasgow link worker described working over "
                        "several sessions with a young woman who had been abused, holding off "
                        "until she felt ready before referring her to the Moira Anderson "
                        "Foundation and a local women's group.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of someone you trust with something personal. What did "
                                "they do, early on, that earned that trust? Which of those things "
                                "could you do in a first meeting with someone referred to you?"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "goals-and-endings",
                "title": "Setting goals and planning endings",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Once there is trust, the person and the link worker can agree what "
                        "to work on. Goals belong to the person: they are put in the person's "
                        "own words, reflect their priorities and are small enough to achieve. In "
                        "Dundee, the link worker and the person agree a plan of action and come "
                        "back to it regularly to see what has changed. The goals people chose "
                        "most often there were about mental health, housing, money and social "
                        "isolation.</p>"
                        "<p>A useful goal is specific and has a first step the person can take "
                        "soon. <em>Phone the housing association about the damp on Friday, with "
                        "the link worker in the room</em> is easier to act on than <em>sort out "
                        "the house</em>.</p>",
                    ),
                    (
                        "text",
                        "<h3>How many sessions, and what happens at the end?</h3>"
                        "<p>Programmes vary widely. The 2023 Essential Connections research found "
                        "some offered as few as four appointments while others set no limit. "
                        "Fixed limits help manage expectations and avoid dependence; open-ended "
                        "support suits people whose lives are very unsettled. Most programmes "
                        "have no formal discharge process, so the ending is agreed with the "
                        "person.</p>"
                        "<p>Endings need planning. Sometimes the service a person needs has a "
                        "long wait or does not exist locally, leaving them in limbo on a link "
                        "worker's caseload. Few programmes follow people up systematically after "
                        "they leave, although some make a check-in call. Talking early about "
                        "when and how support will end, and how to come back, turns the ending "
                        "into a step forward rather than a loss.</p>",
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "A person referred for low mood tells you at your first meeting "
                                "that their benefits have been stopped and they are worried "
                                "about the rent. What is the best next step?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Explain that you can only work on the reason for "
                                        "referral and suggest they contact an advice service "
                                        "themselves."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The referral reason is a starting point, not a limit. "
                                        "Link workers follow what matters to the person, and a "
                                        "money crisis is very likely bound up with their mood."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ask what feels most urgent to them and agree a first "
                                        "step together, such as a referral for welfare rights "
                                        "advice."
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Letting the person set the priority and agreeing a "
                                        "concrete first step builds trust and tackles what is "
                                        "driving the distress."
                                    ),
                                },
                                {
                                    "text": (
                                        "Go through every area of their life in detail so you "
                                        "can write a complete plan before taking any action."
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Covering everything at once can overwhelm people and "
                                        "make them withdraw. One or two early steps usually work "
                                        "better."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": "Which of these goals is written in the most useful way?",
                            "options": [
                                {
                                    "text": "Improve my mental health",
                                    "correct": False,
                                    "feedback": (
                                        "A worthwhile aim, but too broad to act on. It has no "
                                        "first step and no way of telling when it has been "
                                        "reached."
                                    ),
                                },
                                {
                                    "text": (
                                        "Go to the Tuesday walking group with the link worker "
                                        "the first time, then try it on my own"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. It is specific, in the person's own terms and has "
                                        "a clear first step."
                                    ),
                                },
                                {
                                    "text": "Attend every service the link worker recommends",
                                    "correct": False,
                                    "feedback": (
                                        "This puts the link worker's plan at the centre instead "
                                        "of the person's. Goals should reflect what the person "
                                        "wants."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "multiple",
                            "question": (
                                "Which of these help make the end of link worker support a "
                                "positive experience? Choose all that apply."
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Talking from early on about how and when support will end"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Nobody is caught by surprise, and the person can "
                                        "plan for it."
                                    ),
                                },
                                {
                                    "text": (
                                        "Letting the person know how to get back in touch if "
                                        "things change"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Keeping the door open is a core feature of link "
                                        "working in general practice."
                                    ),
                                },
                                {
                                    "text": (
                                        "Closing the case automatically after one missed "
                                        "appointment"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Missed appointments are common among people in "
                                        "difficult circumstances, and closing cases this way "
                                        "shuts out those who most need support."
                                    ),
                                },
                                {
                                    "text": (
                                        "Offering a follow-up call to see how the person is "
                                        "getting on with new services"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Some programmes do this, and it helps spot people "
                                        "left in limbo when a service falls through."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "trauma-informed",
                "title": "A trauma-informed approach",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Many people who see a link worker have lived through trauma: abuse "
                        "in childhood or adulthood, domestic violence, bereavement, displacement, "
                        "or years of poverty and insecurity. Trauma can shape how someone "
                        "responds to services. They may miss appointments, seem guarded or "
                        "become distressed when asked to repeat their story. A trauma-informed "
                        "approach means working in a way that recognises this and avoids doing "
                        "further harm, whether or not anyone has mentioned trauma.</p>"
                        "<p>In practice that means paying attention to five things: "
                        "<strong>safety</strong>, <strong>trust</strong>, <strong>choice</strong>, "
                        "<strong>collaboration</strong> and <strong>empowerment</strong>. Offer "
                        "people a say in where and when you meet, explain what will happen and "
                        "why, and never press someone to disclose more than they want to.</p>",
                    ),
                    (
                        "text",
                        "<h3>Going at the person's pace</h3>"
                        "<p>One Glasgow case study describes a person referred because of "
                        "isolation and serious mental ill health who had not engaged with "
                        "community mental health services. Over several conversations, a history "
                        "of childhood trauma, addiction and self-harm came to light. The link "
                        "worker built a safety plan with them, went with them to their first "
                        "community psychiatric nurse appointment and arranged welfare rights "
                        "help. When trauma counselling was discussed, the person decided the "
                        "time was not right and chose to concentrate on addiction support first, "
                        "and the link worker respected that.</p>"
                        "<p>Another person, a refugee facing domestic abuse and imminent "
                        "homelessness, needed urgent action on several fronts: a law centre, "
                        "crisis funds, a women's aid organisation and an adult support and "
                        "protection referral to social work. When the family were rehoused "
                        "across the city, the link worker helped them register with a practice "
                        "that had its own link worker and handed over so the support "
                        "continued.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Know your safeguarding procedures",
                            "text": (
                                "<p>Trauma-informed practice sits alongside your duty to act "
                                "when someone is at risk; it never replaces it. Make sure you "
                                "know your organisation's adult and child protection procedures, "
                                "who to contact, and how to get support yourself after a "
                                "difficult disclosure. Training such as ASIST (Applied Suicide "
                                "Intervention Skills Training) builds confidence in talking "
                                "openly about suicide.</p>"
                            ),
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "multiple",
                            "question": (
                                "Which of these reflect a trauma-informed approach? Choose all "
                                "that apply."
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Offering the person a choice of where and when to meet"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Choice gives back a sense of control, which trauma "
                                        "often takes away."
                                    ),
                                },
                                {
                                    "text": (
                                        "Asking the person to tell their full history at the "
                                        "first appointment so nothing is missed"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Pressing for disclosure can re-traumatise people. "
                                        "Let them share at their own pace."
                                    ),
                                },
                                {
                                    "text": (
                                        "Explaining clearly what you will do with the "
                                        "information they give you"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Being open and predictable builds trust and a "
                                        "sense of safety."
                                    ),
                                },
                                {
                                    "text": (
                                        "Accepting a person's decision to put off trauma "
                                        "counselling for now"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Respecting their timing is part of empowerment, as "
                                        "in the Glasgow case study."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "In the case study of the refugee family who were rehoused across "
                                "the city, what did the link worker do to keep support going?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Closed the case, since the family were no longer "
                                        "registered with the practice"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That would have left a family in crisis without support "
                                        "at a critical moment."
                                    ),
                                },
                                {
                                    "text": (
                                        "Helped them register with a new practice that had a "
                                        "link worker, and handed over"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. A warm handover meant the family did not have "
                                        "to start again from scratch."
                                    ),
                                },
                                {
                                    "text": (
                                        "Kept working with them indefinitely from the original "
                                        "practice"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Not what happened. Connecting them with support near "
                                        "their new home was more sustainable."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ================================================================== 3
    {
        "slug": "asset-mapping",
        "title": "Asset mapping and keeping community knowledge current",
        "summary": (
            "How link workers find out what their community has to offer, keep that knowledge "
            "up to date as services come and go, and use what they learn to fill gaps."
        ),
        "outcomes": [
            "By the end you can explain what community assets are and why a link worker needs "
            "to know them first-hand.",
            "By the end you can plan a routine for keeping your local knowledge current and "
            "sharing it with your practice.",
            "By the end you can judge whether a service is the right fit for a person, not just "
            "one with a space.",
            "By the end you can give examples of link workers helping to create new community "
            "support where there were gaps.",
        ],
        "minutes": 60,
        "level": "skilled",
        "themes": ["social-isolation", "physical-activity", "food-fuel-poverty"],
        "competencies": [
            ("2.1", "skilled"),
            ("2.2", "skilled"),
            ("2.3", "skilled"),
            ("2.4", "skilled"),
        ],
        "prerequisites": [],
        "lessons": [
            {
                "slug": "what-is-asset-mapping",
                "title": "What asset mapping is",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>An asset is anything in a community that can help someone live well. "
                        "That includes formal services such as advice agencies and counselling "
                        "charities, but also lunch clubs, food banks and pantries, walking groups, "
                        "men's sheds, faith groups, community gardens, libraries and the people "
                        "who run them. Asset mapping is the work of finding out what is there, "
                        "what it offers and how people can get to it.</p>"
                        "<p>Good asset mapping goes well beyond a list of names and phone "
                        "numbers. Link workers in Glasgow are given time to visit local "
                        "organisations and learn about their aims and values, who they support, "
                        "what it feels like to walk through the door and how referrals work. That "
                        "first-hand knowledge lets the link worker describe a service honestly "
                        "and prepare someone for what to expect.</p>",
                    ),
                    (
                        "text",
                        "<h3>The right service, not just any service</h3>"
                        "<p>Dundee's link workers aim to connect people with the service that "
                        "suits them rather than whichever one has a space. Knowing an "
                        "organisation well makes this possible. It also allows warm handovers, "
                        "where the link worker introduces the person directly, and two-way "
                        "referral routes, where the organisation sends people back when they "
                        "need help with something else.</p>"
                        "<p>Early research for the national programme warned that sending more "
                        "people to third sector services that are already stretched is not a "
                        "solution on its own. A good map shows where capacity is thin as well as "
                        "where it exists.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Assets come in many shapes",
                            "text": (
                                "<p>Some groups are seasonal, such as gardening clubs, and some "
                                "are for particular communities, such as women's groups or "
                                "LGBTQ+ groups. A useful map records who a group is for and when "
                                "it runs, not just where it meets.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "keeping-it-current",
                "title": "Keeping knowledge up to date",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Community provision changes all the time. New groups start up while "
                        "others close or change what they do, often because funding has run out "
                        "or been renewed. A map that was accurate last year may now send someone "
                        "to a locked door. Keeping knowledge current is therefore an ongoing part "
                        "of the job, not a task done once when you start.</p>"
                        "<h3>Ways to stay up to date</h3>"
                        "<ul><li>Set aside regular time to visit or phone organisations, "
                        "especially before referring someone to a service you have not used "
                        "recently.</li>"
                        "<li>Go to local networking forums, where providers share news about "
                        "funding, changes and referral routes.</li>"
                        "<li>Use team meetings to swap information with other link workers in "
                        "your area.</li>"
                        "<li>Attend meetings such as the Community Orientated Primary Care "
                        "meeting, where third sector groups meet primary care and health "
                        "improvement colleagues.</li>"
                        "<li>Note when each entry was last checked, so you can see what needs "
                        "refreshing.</li></ul>",
                    ),
                    (
                        "text",
                        "<h3>Sharing what you know</h3>"
                        "<p>Local knowledge is most useful when the whole practice has it. Link "
                        "workers pass on what they learn through practice meetings, newsletters, "
                        "an information folder for staff and stalls run by third sector "
                        "organisations in the waiting area. When practice staff know what is "
                        "available, they can signpost straightforward cases themselves, which "
                        "frees the link worker for people with more complex needs.</p>",
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "You last checked the details of a befriending service eight "
                                "months ago. A person you are supporting would like to be "
                                "referred. What should you do first?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Refer straight away using the details you already hold"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Services change often and the details may be out of "
                                        "date. A quick check avoids sending the person somewhere "
                                        "that has closed or changed."
                                    ),
                                },
                                {
                                    "text": (
                                        "Contact the service to confirm it is still running, who "
                                        "it is for and how referrals work"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. A short call protects the person from a "
                                        "disappointing dead end and keeps your map accurate."
                                    ),
                                },
                                {
                                    "text": (
                                        "Tell the person to search online for befriending services"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That shifts the work onto someone who may already be "
                                        "struggling, and wastes the value of your local "
                                        "knowledge."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "multiple",
                            "question": (
                                "Which of these are good ways of keeping community knowledge "
                                "current? Choose all that apply."
                            ),
                            "options": [
                                {
                                    "text": "Attending local networking forums",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Providers use them to pass on news about funding, "
                                        "new or closing services and how to refer."
                                    ),
                                },
                                {
                                    "text": "Recording when each entry was last checked",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. It shows at a glance which parts of your map may "
                                        "be out of date."
                                    ),
                                },
                                {
                                    "text": (
                                        "Relying on a directory put together when you started "
                                        "in post"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "No. Provision changes too quickly for a one-off "
                                        "directory to stay reliable."
                                    ),
                                },
                                {
                                    "text": (
                                        "Swapping information with other link workers at team "
                                        "meetings"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Colleagues covering nearby areas often hear about "
                                        "changes first."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "filling-gaps",
                "title": "From mapping to community development",
                "required": False,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Mapping shows what is missing as well as what is there. Link workers "
                        "regularly spot gaps, and sometimes they help to close them. In Govan, "
                        "the podiatry service stopped cutting toenails, leaving older and "
                        "disabled people at risk. A link worker at the health centre worked with "
                        "health, housing and third sector partners to gauge demand, find funding "
                        "and arrange volunteer training with NHS Greater Glasgow and Clyde "
                        "podiatry staff. The result, Happy Feet Govan, runs from Govan's Men's "
                        "Shed and costs £5 a session.</p>"
                        "<p>In another example, people in Glasgow affected by childhood sexual "
                        "abuse had to travel to Airdrie for support from the Moira Anderson "
                        "Foundation, and many could not manage the journey. A partnership with "
                        "the Links Worker Programme from 2018 brought counselling, complementary "
                        "therapies and a self-management course into GP practices, and later led "
                        "to a hub in Glasgow city centre.</p>",
                    ),
                    (
                        "text",
                        "<h3>Small starts, big results</h3>"
                        "<p>Chair yoga sessions set up with Yo Glasgow at Easterhouse Health "
                        "Centre in 2018 drew around fourteen people at first; Yo Glasgow now "
                        "runs free sessions for around 100 people a week across the north-east "
                        "of the city. Glasgow link workers have trained with Paths for All to "
                        "lead health walks, Shetland's link workers set up walks in every "
                        "locality, and others have brought drop-ins such as RNID hearing aid "
                        "support into health centres.</p>"
                        "<p>Link workers are also a valuable source of intelligence for "
                        "planners. Some sit on locality planning groups and can tell health and "
                        "social care partnerships where need is going unmet, which helps them "
                        "target funding.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think about the area where you work or live. What is one gap in "
                                "local support you have noticed? Who else might care about that "
                                "gap, and what would a first conversation with them look like?"
                            ),
                        },
                    ),
                ],
            },
        ],
    },
    # ================================================================== 4
    {
        "slug": "working-in-general-practice",
        "title": "Working in general practice",
        "summary": (
            "How link workers become part of the GP practice team: the Deep End context where "
            "the role began, the routes by which people are referred, and the practice "
            "development work that helps whole practices connect with their communities."
        ),
        "outcomes": [
            "By the end you can explain what Deep End practices are and why link working began "
            "there.",
            "By the end you can describe the main referral routes into link working, including "
            "self-referral, and the trade-offs involved.",
            "By the end you can identify what helps a link worker become fully integrated into "
            "a practice team.",
            "By the end you can suggest practice development activities that suit a practice's "
            "needs.",
        ],
        "minutes": 75,
        "level": "skilled",
        "themes": ["money-welfare", "long-term-conditions"],
        "competencies": [
            ("3.1", "skilled"),
            ("3.2", "skilled"),
            ("3.3", "skilled"),
            ("3.4", "informed"),
            ("4.3", "skilled"),
            ("6.1", "informed"),
        ],
        "prerequisites": ["what-a-clw-does"],
        "lessons": [
            {
                "slug": "deep-end",
                "title": "General practice at the Deep End",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>GPs at the Deep End brings together the general practices that look "
                        "after Scotland's 100 most deprived populations, judged by the share of "
                        "patients living in the most deprived 15% of Scottish datazones. Most of "
                        "these practices are in Glasgow. The group began in 2009 to share "
                        "experience and to argue for more resources to tackle health "
                        "inequalities.</p>"
                        "<p>The evidence behind the national programme gives a clear picture of "
                        "these practices. Patients tend to carry more stress and more complex "
                        "problems, consultations are shorter, and patients are less likely to "
                        "come away feeling enabled. GPs there report higher stress too, and no GP "
                        "could keep track of everything the local third sector offers.</p>",
                    ),
                    (
                        "text",
                        "<h3>Where the Links Worker Programme came from</h3>"
                        "<p>In one of its reports, the Deep End group proposed developing a lay "
                        "link worker role to connect practices and patients with community "
                        "resources. Scottish Government money for a two-year pilot led by the "
                        "ALLIANCE was agreed in April 2013, and the work started in 2014 in "
                        "seven Deep End practices, with eight others serving as comparison "
                        "sites. The "
                        "programme grew to 15 practices in 2017, 18 in 2018 and 34 by 2020. By "
                        "2024 it had 85 practitioners and worked with 90 practices across "
                        "Glasgow and West Dunbartonshire.</p>"
                        "<p>The pilot found that practices which fully integrated their link "
                        "worker had some things in common: shared leadership, supportive team "
                        "relationships, continuity of link worker, active involvement in "
                        "practice development and proactive networking with the community.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Beyond the practice",
                            "text": (
                                "<p>The Links approach is now being tried in other settings. "
                                "Since late 2023 a two-year pilot with the Trussell Trust has "
                                "placed link workers in food banks in East Dunbartonshire and "
                                "the south-west of Glasgow.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "referral-routes",
                "title": "Referral routes and self-referral",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Most referrals come from GPs, but practice nurses, mental health "
                        "practitioners and receptionists (sometimes called care navigators) "
                        "refer people too. In Shetland some referrals arrive through schools and "
                        "workplaces, and third sector programmes report that word of mouth also "
                        "brings people in.</p>"
                        "<p>Programmes usually work with people aged 16 and over; children can "
                        "benefit indirectly when their parents are supported. A link worker "
                        "would not normally be the main support for someone with severe alcohol "
                        "or drug problems or long-term serious mental illness, although they may "
                        "work alongside the specialist services involved.</p>",
                    ),
                    (
                        "text",
                        "<h3>Should people be able to refer themselves?</h3>"
                        "<p>Programmes differ. Some accept self-referrals, which removes a "
                        "barrier for people who would never raise a social problem with a "
                        "doctor. Others do not, because of safeguarding concerns or the risk of "
                        "being overwhelmed. Many take a sensible middle path: someone already "
                        "known to the service can get back in touch directly.</p>"
                        "<p>Awareness drives referrals. In Inverclyde, the local CVS ran focus "
                        "groups, produced leaflets and a video and used the screens in practice "
                        "waiting rooms so that patients knew the GP did not always have to be "
                        "their first port of call. In Glasgow, practices found that as staff "
                        "came to understand the role, referrals became better targeted and, over "
                        "time, more patients referred themselves.</p>",
                    ),
                    (
                        "text",
                        "<h3>Keeping the practice informed</h3>"
                        "<p>With the person's consent, link workers feed back to the practice "
                        "through the medical record, practice meetings and informal "
                        "conversations. What gets recorded matters too. The 2023 Essential "
                        "Connections survey found that most link workers routinely recorded "
                        "age, gender and referral source, but only 13% regularly recorded the "
                        "person's SIMD (Scottish Index of Multiple Deprivation) status, which "
                        "makes it harder to show the effect of link working on health "
                        "inequalities.</p>",
                    ),
                    (
                        "question",
                        {
                            "kind": "multiple",
                            "question": (
                                "Which of these are common referral routes into link working? "
                                "Choose all that apply."
                            ),
                            "options": [
                                {
                                    "text": "GPs",
                                    "correct": True,
                                    "feedback": "Yes. GPs are the most common source of referrals.",
                                },
                                {
                                    "text": "Practice receptionists or care navigators",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Front-desk staff often hear about social problems "
                                        "first."
                                    ),
                                },
                                {
                                    "text": "Self-referral, in programmes that allow it",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Some programmes accept it, and many let people "
                                        "already known to the service get back in touch "
                                        "directly."
                                    ),
                                },
                                {
                                    "text": "Hospital consultants only",
                                    "correct": False,
                                    "feedback": (
                                        "No. Link working is rooted in general practice, and "
                                        "referrals come mainly from the practice team."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "Why do some programmes choose not to accept self-referrals?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Because people who refer themselves always have less "
                                        "serious problems"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "There is no evidence for this. People who refer "
                                        "themselves can have very complex needs."
                                    ),
                                },
                                {
                                    "text": (
                                        "Because of safeguarding concerns or worry about being "
                                        "overwhelmed by demand"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. These were the reasons programme leads gave in "
                                        "the 2023 research."
                                    ),
                                },
                                {
                                    "text": "Because the Scottish Government does not allow it",
                                    "correct": False,
                                    "feedback": (
                                        "No. There is no national rule; each programme decides "
                                        "locally."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "In the 2023 survey, what share of link workers regularly "
                                "recorded the SIMD status of the people they supported?"
                            ),
                            "options": [
                                {
                                    "text": "13%",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. So few record it that showing the impact on "
                                        "health inequalities is difficult."
                                    ),
                                },
                                {
                                    "text": "50%",
                                    "correct": False,
                                    "feedback": "Too high. The real figure was much lower.",
                                },
                                {
                                    "text": "87%",
                                    "correct": False,
                                    "feedback": (
                                        "87% is the share who consistently recorded age, gender "
                                        "and referral source, not SIMD status."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "practice-development",
                "title": "Practice development",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Link workers do more than see individuals. In the ALLIANCE programme "
                        "in particular, part of the role is practice development: helping the "
                        "whole practice team adopt the Links approach and stay aware of the "
                        "support available locally. It has two main aims: to raise awareness of "
                        "what the link worker does, and to widen staff knowledge of community "
                        "resources so that people can be pointed towards support as early as "
                        "possible.</p>"
                        "<p>What this looks like depends on the practice. In the programme's "
                        "early years, practices could draw on a small development fund to try "
                        "ideas such as "
                        "paying for locum cover so the team could meet local services together, "
                        "whole-team visits to community organisations, protected learning "
                        "sessions, a staff information folder and regular stalls by third sector "
                        "groups. Some practices chose to focus on staff wellbeing, creating "
                        "spaces away from workstations, improving outdoor areas or buying "
                        "activity trackers.</p>",
                    ),
                    (
                        "text",
                        "<h3>Examples from Glasgow</h3>"
                        "<p>In Easterhouse, development money transformed a waiting area. "
                        "Patients and staff made prints in workshops with the Platform arts "
                        "centre and its resident artist Alice Dansey-Wright, and the finished "
                        "pieces, which include a community map and health messages, now hang in "
                        "the health centre. Elsewhere, practices have paid for food pantry "
                        "memberships and health and wellbeing books for patients, and one link "
                        "worker started an online yoga group. In the south-west of the city, "
                        "Lifelink ran wellbeing sessions for patients and practice staff on "
                        "topics such as resilience, self-esteem and coping with stress.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Start with what the practice cares about",
                            "text": (
                                "<p>Practice development works best when it answers the team's "
                                "own priorities. Ask the practice manager what would help most, "
                                "whether that is clearer referral information, a team visit to "
                                "a community project or something for staff wellbeing.</p>"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "If you were joining a new practice next month, what would you "
                                "want every member of the team, from reception to the GPs, to "
                                "understand about your role? How would you go about telling them?"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "part-of-the-team",
                "title": "Becoming part of the team",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Link workers should not simply be dropped into a practice. The "
                        "services that work best are developed with the practice and local "
                        "community organisations from the start, so the role fits local need. "
                        "Integration also takes time on site: the 2023 Essential Connections "
                        "research found that spending fewer than two and a half days a week in a "
                        "practice made it harder for a link worker to integrate. Most link "
                        "workers surveyed covered one or two practices, but some covered as many "
                        "as seven.</p>"
                        "<p>Practical barriers matter. A shortage of rooms is one of the biggest "
                        "obstacles for practices hosting any member of the wider team, not only "
                        "link workers. Some practices also need a change of culture before the "
                        "link worker is treated as a full member of the team.</p>",
                    ),
                    (
                        "text",
                        "<h3>What helps</h3>"
                        "<ul><li>a named person in the practice who champions the role</li>"
                        "<li>a regular slot at practice meetings</li>"
                        "<li>access to the practice clinical system, such as EMIS or Vision, "
                        "with the right data protection agreements in place</li>"
                        "<li>a consistent room and set days, so staff and patients know where to "
                        "find you</li>"
                        "<li>regular feedback to referrers, with consent, about what "
                        "happened</li></ul>"
                        "<p>Where integration works, clinicians see the link worker as a genuine "
                        "colleague whose knowledge of local support they would not want to be "
                        "without.</p>",
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "According to the 2023 research, below what amount of time in a "
                                "practice did integration become harder?"
                            ),
                            "options": [
                                {
                                    "text": "Two and a half days a week",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Below this, link workers found it harder to "
                                        "become part of the team."
                                    ),
                                },
                                {
                                    "text": "Four days a week",
                                    "correct": False,
                                    "feedback": (
                                        "Too high. The research pointed to two and a half days "
                                        "as the threshold."
                                    ),
                                },
                                {
                                    "text": "Time on site made no difference",
                                    "correct": False,
                                    "feedback": (
                                        "It does. Time in the practice is one of the factors "
                                        "that shapes integration."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "multiple",
                            "question": (
                                "Which of these help a link worker become part of the practice "
                                "team? Choose all that apply."
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Developing the service together with the practice from "
                                        "the start"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Services designed with the practice fit local need "
                                        "and win support."
                                    ),
                                },
                                {
                                    "text": "Having a regular room and set days in the practice",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Predictability helps staff and patients find you "
                                        "and builds relationships."
                                    ),
                                },
                                {
                                    "text": (
                                        "Skipping practice meetings to protect time with patients"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Practice meetings are one of the main ways to share "
                                        "learning and build relationships with the team."
                                    ),
                                },
                                {
                                    "text": (
                                        "Feeding back to referrers, with consent, about what "
                                        "happened"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Feedback shows the value of the role and improves "
                                        "future referrals."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ================================================================== 5
    {
        "slug": "looking-after-yourself",
        "title": "Looking after yourself in the role",
        "summary": (
            "Link work is rewarding but demanding. This module looks at the pressures link "
            "workers describe, how to keep healthy boundaries, and where to find supervision "
            "and support."
        ),
        "outcomes": [
            "By the end you can recognise the pressures that come with link work, including "
            "heavy caseloads and isolation.",
            "By the end you can describe healthy professional boundaries and why they protect "
            "both you and the people you support.",
            "By the end you can identify sources of supervision, peer support and learning "
            "open to you.",
        ],
        "minutes": 45,
        "level": "informed",
        "themes": ["mental-health", "trauma"],
        "competencies": [
            ("5.2", "informed"),
            ("5.3", "informed"),
            ("5.4", "informed"),
            ("6.3", "informed"),
        ],
        "prerequisites": [],
        "lessons": [
            {
                "slug": "pressures-of-the-role",
                "title": "The pressures of the role",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Link workers hear hard stories: thoughts of suicide, abuse, "
                        "bereavement, destitution. Many of the problems they meet are rooted in "
                        "poverty and inequality, and link workers can feel they are patching up "
                        "the effects of issues that need political answers. Programme leads and "
                        "link workers who took part in the 2023 Essential Connections research "
                        "voiced that frustration while still valuing the difference they make "
                        "for individuals.</p>"
                        "<p>Workload is another pressure. Most link workers surveyed covered one "
                        "or two practices, but some covered up to seven, and one programme lead "
                        "said staff covering three practices each were spread thin. When the "
                        "services people need have long waits or have closed, people can stay on "
                        "a link worker's caseload with nowhere to move on to.</p>",
                    ),
                    (
                        "text",
                        "<h3>Isolation and insecurity</h3>"
                        "<p>A link worker is often the only person in their role in a building "
                        "full of clinicians, and is usually employed by a third sector "
                        "organisation rather than the practice. Without a room of their own or "
                        "regular contact with colleagues, the job can feel lonely. Many posts "
                        "rely on short-term funding: in 2023, link worker jobs in Glasgow were "
                        "in doubt until Ministers committed an extra £3.6 million over three "
                        "years from 2024/25. Link working is not a registered profession, and "
                        "many people still do not know what a link worker is.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "You are not alone",
                            "text": (
                                "<p>The Scottish Community Link Worker Network exists to connect "
                                "link workers across Scotland, share learning and make sure "
                                "their voice is heard in national policy. Its events are a good "
                                "way to meet peers facing the same challenges.</p>"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "boundaries",
                "title": "Healthy boundaries",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Boundaries are the limits that keep a working relationship safe, "
                        "fair and focused on the person's goals. Link workers build close, "
                        "trusting relationships, which is exactly why boundaries matter. Someone "
                        "who has had little support may come to lean heavily on their link "
                        "worker, and some people have described their link worker as the most "
                        "dependable person in their life. That is a sign of good work, and also "
                        "a prompt to help the person build a wider circle of support.</p>"
                        "<h3>Boundaries in practice</h3>"
                        "<ul><li>Be clear from the start about what you can offer, how often you "
                        "will meet and how support will end.</li>"
                        "<li>Use work channels for contact and agree when you are "
                        "available.</li>"
                        "<li>Avoid doing things for people that they could, with support, do "
                        "for themselves.</li>"
                        "<li>Follow your organisation's lone working policy for home visits and "
                        "accompanied visits.</li>"
                        "<li>Know the limits of your role and when to bring in clinical or "
                        "specialist colleagues.</li></ul>",
                    ),
                    (
                        "text",
                        "<h3>Why boundaries help</h3>"
                        "<p>Boundaries stop dependence building up, which is one reason some "
                        "programmes limit the number of appointments. They protect link workers "
                        "from carrying more than anyone could manage. And they help the person "
                        "grow their own confidence and connections, which is the point of link "
                        "work in the first place.</p>",
                    ),
                    (
                        "question",
                        {
                            "kind": "single",
                            "question": (
                                "A person you have supported for several months asks for your "
                                "personal mobile number so they can text you in the evenings. "
                                "What is the most appropriate response?"
                            ),
                            "options": [
                                {
                                    "text": "Give them your number, as it shows you care",
                                    "correct": False,
                                    "feedback": (
                                        "Well meant, but it blurs the line between work and home "
                                        "and can build dependence. It also leaves the person "
                                        "without help whenever you are unavailable."
                                    ),
                                },
                                {
                                    "text": (
                                        "Kindly explain how to reach you through work, and talk "
                                        "about who else they can turn to in the evenings"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. This keeps contact safe and sustainable and widens "
                                        "the person's support, including out-of-hours services."
                                    ),
                                },
                                {
                                    "text": (
                                        "Stop seeing them, because the relationship has become "
                                        "too close"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Ending support abruptly could do real harm. It is "
                                        "better to talk openly and reset expectations."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "question",
                        {
                            "kind": "multiple",
                            "question": (
                                "Which of these are healthy boundaries for a link worker? Choose "
                                "all that apply."
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Agreeing at the start how often you will meet and how "
                                        "support will end"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Clear expectations help avoid dependence and "
                                        "disappointment."
                                    ),
                                },
                                {
                                    "text": "Following your lone working policy on home visits",
                                    "correct": True,
                                    "feedback": "Yes. Your own safety matters too.",
                                },
                                {
                                    "text": (
                                        "Filling in every form for the person even when they "
                                        "could manage with support"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Doing things for people can undermine their "
                                        "confidence. Link work aims to build people's own "
                                        "capacity."
                                    ),
                                },
                                {
                                    "text": (
                                        "Involving clinical colleagues when an issue goes beyond "
                                        "your role"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Knowing the limits of a non-clinical role is part "
                                        "of safe practice."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "supervision-and-support",
                "title": "Supervision, support and learning",
                "required": True,
                "pass_mark": 100,
                "body": [
                    (
                        "text",
                        "<p>Regular supervision gives link workers protected time to talk "
                        "through difficult cases, reflect on their practice and look after their "
                        "own wellbeing. It matters most after distressing disclosures, such as "
                        "conversations about suicide or abuse. If you are not offered regular "
                        "supervision, ask your manager how you can get it.</p>"
                        "<p>Peer support matters too. Team meetings with other link workers, "
                        "like the sector team meetings in the Glasgow programme, are a chance to "
                        "share ideas and solve problems together. Across Scotland, the Network's "
                        "events bring link workers together to compare experience and influence "
                        "policy.</p>",
                    ),
                    (
                        "text",
                        "<h3>Learning and growth</h3>"
                        "<p>Training builds confidence as well as skills. Link workers have "
                        "taken ASIST suicide intervention training, qualified as health walk "
                        "leaders and trained to run Seasons for Growth, a course that helps "
                        "people cope with change and loss. NHS Education for Scotland and the "
                        "Network have also created a social prescribing learning platform on "
                        "TURAS.</p>"
                        "<p>Finally, remember why the work matters. An experienced Glasgow link "
                        "worker has reflected that a session which feels as though little was "
                        "achieved can still be life-changing for the person. Noticing those "
                        "moments is part of staying well in the role.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "What helps you recover after a difficult day at work? What could "
                                "you put in place now, such as supervision, peer contact or a "
                                "routine at the end of the day, so that support is there before "
                                "you need it?"
                            ),
                        },
                    ),
                ],
            },
        ],
    },
]

PATHWAY = {
    "slug": "new-clw-induction",
    "title": "New CLW induction",
    "intro": (
        "<p>Welcome to the Network. This pathway takes you through the essentials of the "
        "Community Link Worker role in the order most new link workers find useful: what the "
        "role is and where it came from, how to hold good conversations, how to work within a "
        "GP practice, how to map and keep up with community assets, and how to look after "
        "yourself along the way.</p>"
        "<p>Work through the modules at your own pace. Most lessons include short knowledge "
        "checks or a prompt for private reflection, and you will receive a certificate for each "
        "module you complete.</p>"
    ),
    "modules": [
        "what-a-clw-does",
        "good-conversations",
        "working-in-general-practice",
        "asset-mapping",
        "looking-after-yourself",
    ],
}

GAELIC_MODULE = {
    "slug": "what-a-clw-does",
    "strings": {
        # ------------------------------------------------------------ module
        "What a Community Link Worker does": (
            "Na bhios Obraiche Ceangail Coimhearsnachd a' dèanamh"
        ),
        (
            "An introduction to the Community Link Worker role in Scottish general practice, "
            "the three main ways it has been set up, and the national programme that grew it."
        ): (
            "Ro-ràdh do dhreuchd an Obraiche Ceangail Coimhearsnachd ann an lannsaichean "
            "dhotairean na h-Alba, na trì prìomh dhòighean anns an deach a chur air dòigh, agus "
            "am prògram nàiseanta a leudaich e."
        ),
        (
            "By the end you can describe in plain words what a Community Link Worker does and "
            "who they work with."
        ): (
            "Aig an deireadh, bidh e comasach dhut innse ann am faclan sìmplidh dè bhios "
            "Obraiche Ceangail Coimhearsnachd a' dèanamh agus cò leis a bhios iad ag obair."
        ),
        (
            "By the end you can tell apart the generalist, therapeutic and specialist models of "
            "link working."
        ): (
            "Aig an deireadh, bidh e comasach dhut eadar-dhealachadh a dhèanamh eadar na "
            "modailean coitcheann, leigheasach agus speisealta de dh'obair cheangail."
        ),
        (
            "By the end you can outline the aims of the Scottish Government's Community Link "
            "Worker programme and how it began."
        ): (
            "Aig an deireadh, bidh e comasach dhut geàrr-chunntas a thoirt air amasan prògram "
            "Oibrichean Ceangail Coimhearsnachd Riaghaltas na h-Alba agus air mar a thòisich e."
        ),
        (
            "By the end you can give examples of the difference link working makes for people, "
            "practices and communities."
        ): (
            "Aig an deireadh, bidh e comasach dhut eisimpleirean a thoirt den diofar a tha obair "
            "cheangail a' dèanamh do dhaoine, do lannsaichean agus do choimhearsnachdan."
        ),
        # ------------------------------------------------------------ lesson 1
        "The role in a nutshell": "An dreuchd ann am beagan fhaclan",
        (
            "<p>A Community Link Worker (CLW) is a non-clinical practitioner who "
            "works as part of a GP practice team. People come to a CLW because "
            "something in their life is harming their health and a prescription "
            "will not fix it: money worries, a housing problem, loneliness, grief, a "
            "difficult relationship or the long shadow of past trauma.</p>"
            "<p>The CLW's job is to sit down with the person, find out what matters "
            "most to them, and help them connect with the support in their community "
            "that fits. That might be a welfare rights service, a walking group, a "
            "housing association, a counselling charity or simply a place to meet "
            "other people.</p>"
        ): (
            "<p>'S e neach-dreuchd neo-chlionaigeach a th' ann an Obraiche Ceangail "
            "Coimhearsnachd (CLW) a bhios ag obair mar phàirt de sgioba lannsa. Thig daoine gu "
            "CLW nuair a tha rudeigin nam beatha a' dèanamh cron air an slàinte agus nach cuir "
            "cungaidh-leigheis ceart e: dragh mu airgead, duilgheadas taigheadais, aonaranachd, "
            "bròn, dàimh dhoirbh no sgàil fhada trauma bhon àm a dh'fhalbh.</p>"
            "<p>'S e obair an CLW suidhe sìos leis an neach, faighinn a-mach dè as cudromaiche "
            "dhaibh, agus an cuideachadh gus ceangal a dhèanamh ris an taic nan coimhearsnachd "
            "a fhreagras orra. Dh'fhaodadh gur e seirbheis chòraichean sochair a bhiodh ann, "
            "buidheann coiseachd, comann-taigheadais, carthannas comhairleachaidh no dìreach "
            "àite far an coinnich iad ri daoine eile.</p>"
        ),
        (
            "<h3>What people bring</h3>"
            "<p>Research with link workers and programme managers across Scotland in "
            "2023 found the same issues coming up again and again:</p>"
            "<ul><li>mental health</li><li>social isolation and loneliness</li>"
            "<li>housing</li><li>welfare and social security</li>"
            "<li>money and debt</li><li>trauma</li></ul>"
            "<p>In practice these rarely arrive one at a time. Someone referred for "
            "low mood may also be behind with the rent and have stopped leaving the "
            "house.</p>"
        ): (
            "<h3>Na bheir daoine leotha</h3>"
            "<p>Lorg rannsachadh le oibrichean ceangail agus manaidsearan phrògraman air feadh "
            "na h-Alba ann an 2023 na h-aon chùisean a' nochdadh a-rithist 's a-rithist:</p>"
            "<ul><li>slàinte inntinn</li><li>iomallachd shòisealta is aonaranachd</li>"
            "<li>taigheadas</li><li>sochairean is tèarainteachd shòisealta</li>"
            "<li>airgead is fiachan</li><li>trauma</li></ul>"
            "<p>Ann an da-rìribh, 's ann ainneamh a thig iad fear seach fear. Dh'fhaodadh "
            "cuideigin a chaidh a chur air adhart air sgàth spiorad ìosal a bhith air dheireadh "
            "leis a' mhàl cuideachd, agus air sgur a dhol a-mach às an taigh.</p>"
        ),
        (
            "<h3>How the work happens</h3>"
            "<p>Most people are referred by someone in the practice, often a GP. The "
            "CLW meets them, usually face to face, and together they agree what to "
            "work on. Support can be light, such as details of a local group, or "
            "intensive over many weeks, including going along with the person to a "
            "first appointment. Giving someone information about a service is usually "
            "called <strong>signposting</strong>; making a formal referral on their "
            "behalf is often called <strong>social prescribing</strong>.</p>"
        ): (
            "<h3>Mar a thèid an obair a dhèanamh</h3>"
            "<p>Thèid a' mhòr-chuid de dhaoine a chur air adhart le cuideigin san lannsa, gu "
            "tric dotair teaghlaich. Coinnichidh an CLW riutha, aghaidh ri aghaidh mar as "
            "trice, agus aontaichidh iad còmhla dè air an obraich iad. Faodaidh an taic a bhith "
            "aotrom, leithid fiosrachadh mu bhuidheann ionadail, no dian thar iomadh seachdain, "
            "a' gabhail a-steach a dhol còmhla ris an neach chun a' chiad choinneimh aca. Mar as "
            "trice canar <strong>stiùireadh</strong> (signposting) ri bhith a' toirt fiosrachadh "
            "do chuideigin mu sheirbheis; gu tric canar <strong>òrdachadh sòisealta</strong> "
            "(social prescribing) ri bhith a' dèanamh tar-chur foirmeil às an leth.</p>"
        ),
        "Many names, one role": "Iomadh ainm, aon dreuchd",
        (
            "<p>Link workers go by many job titles. Among the 60 link "
            "workers who answered a 2023 survey for the Essential "
            "Connections research, 10 different titles were in use. The "
            "ALLIANCE, for example, calls its link workers Community Links "
            "Practitioners. This portal uses Community Link Worker "
            "throughout.</p>"
        ): (
            "<p>Tha iomadh tiotal-obrach aig oibrichean ceangail. Am measg nan 60 obraiche "
            "ceangail a fhreagair suirbhidh ann an 2023 airson an rannsachaidh Essential "
            "Connections, bha 10 tiotalan eadar-dhealaichte gan cleachdadh. Mar eisimpleir, 's "
            "e Community Links Practitioners a chanas an ALLIANCE ris na h-oibrichean ceangail "
            "aca. Tha an làrach seo a' cleachdadh Obraiche Ceangail Coimhearsnachd anns gach "
            "àite.</p>"
        ),
        (
            "Think about a time when something outside your health, such as "
            "money, work or a relationship, affected how you felt. Who "
            "helped you find your way through it, and what did they do that "
            "made a difference?"
        ): (
            "Smaoinich air àm nuair a thug rudeigin taobh a-muigh do shlàinte, leithid airgead, "
            "obair no dàimh, buaidh air mar a bha thu a' faireachdainn. Cò a chuidich thu gus do "
            "shlighe a lorg troimhe, agus dè a rinn iad a rinn diofar?"
        ),
        # ------------------------------------------------------------ lesson 2
        "Three models: Dundee, Shetland and Edinburgh": (
            "Trì modailean: Dùn Dè, Sealtainn agus Dùn Èideann"
        ),
        (
            "<p>There is no single blueprint for link working in Scotland. Three "
            "well-documented examples show how different the role can look "
            "depending on local need.</p>"
            "<h3>Generalist: Dundee</h3>"
            "<p>In Dundee, link workers are non-clinical social practitioners placed "
            "in practices with a higher than average share of patients from deprived "
            "areas. Practice staff refer patients, and the CLW uses a structured "
            "conversation to build rapport, find out what the person wants to change "
            "and agree a plan that they review together. An evaluation found that 70% "
            "of people referred took up the service, 92% had some kind of mental "
            "health condition and more than half needed someone to go with them to "
            "reach a service. Around 65% of the goals people set were met, and 84% "
            "of people saw at least one positive outcome.</p>"
        ): (
            "<p>Chan eil aon phlana ann airson obair cheangail ann an Alba. Tha trì eisimpleirean "
            "air an deach cunntas math a chlàradh a' sealltainn cho eadar-dhealaichte 's a "
            "dh'fhaodas an dreuchd a bhith a rèir feumalachdan ionadail.</p>"
            "<h3>Coitcheann: Dùn Dè</h3>"
            "<p>Ann an Dùn Dè, 's e luchd-dreuchd sòisealta neo-chlionaigeach a th' anns na "
            "h-oibrichean ceangail, air an suidheachadh ann an lannsaichean aig a bheil cuibhreann "
            "nas àirde na an àbhaist de dh'euslaintich à sgìrean bochda. Bidh luchd-obrach na "
            "lannsa a' cur euslaintich air adhart, agus bidh an CLW a' cleachdadh còmhradh "
            "structarail gus dàimh a thogail, faighinn a-mach dè tha an neach airson atharrachadh "
            "agus plana aontachadh a bhios iad ag ath-sgrùdadh còmhla. Lorg measadh gun do ghabh "
            "70% de na daoine a chaidh a chur air adhart ris an t-seirbheis, gun robh suidheachadh "
            "slàinte inntinn de sheòrsa air choreigin aig 92%, agus gun robh feum aig còrr air "
            "leth dhiubh air cuideigin a dhol còmhla riutha gu seirbheis. Chaidh timcheall air "
            "65% de na h-amasan a shuidhich daoine a choileanadh, agus chunnaic 84% de dhaoine "
            "co-dhiù aon toradh math.</p>"
        ),
        (
            "<h3>Therapeutic: Shetland</h3>"
            "<p>In Shetland the link workers are Health Improvement Practitioners, "
            "each covering a locality somewhere across the islands. Poverty there is scattered "
            "rather than concentrated in particular neighbourhoods, and transport is "
            "a major barrier, so workers go to where people are: the GP practice, "
            "the school, a workplace, or Lerwick, where some people feel less "
            "recognisable. As well as holistic support, they use motivational "
            "interviewing and behaviour change techniques, help with weight "
            "management and stopping smoking, and offer low-intensity psychological "
            "support such as Brief Behavioural Activation and help with computerised "
            "CBT. They have also set up health walks in every locality with funding "
            "from Paths for Health.</p>"
        ): (
            "<h3>Leigheasach: Sealtainn</h3>"
            "<p>Ann an Sealtainn, 's e Luchd-dreuchd Leasachadh Slàinte a th' anns na "
            "h-oibrichean ceangail, stèidhichte ann an sgìrean air feadh nan eilean. Tha bochdainn "
            "an sin sgapte seach cruinn ann an nàbaidheachdan sònraichte, agus tha còmhdhail na "
            "bacadh mòr, mar sin thèid an luchd-obrach far a bheil na daoine: an lannsa, an sgoil, "
            "àite-obrach, no Liobhag, far am bi cuid a' faireachdainn nach eilear gan aithneachadh "
            "cho furasta. A bharrachd air taic iomlan, bidh iad a' cleachdadh agallamh "
            "brosnachaidh "
            "agus dòighean atharrachadh giùlain, a' cuideachadh le smachd cuideim agus stad a chur "
            "air smocadh, agus a' tabhann taic shaidhceòlach aig ìre ìosal leithid Brief "
            "Behavioural Activation agus cuideachadh le CBT air coimpiutair. Stèidhich iad "
            "cuideachd cuairtean-coiseachd slàinte anns gach sgìre le maoineachadh bho Paths for "
            "Health.</p>"
        ),
        (
            "<h3>Specialist: Edinburgh</h3>"
            "<p>Edinburgh's specialist link workers are welfare rights advisers who "
            "spend roughly one session a week in a practice. They help with income "
            "maximisation, debt, housing problems and employability, and can "
            "represent people at tribunals. With the person's consent they can use "
            "medical records to write accurate reports for benefit claims, which "
            "cuts down on reconsiderations and appeals. They are employed by third "
            "sector advice services accredited under the Scottish National Standards "
            "for Information and Advice Providers. Routine monitoring suggests around "
            "£15 of financial gain for people for every £1 invested.</p>"
        ): (
            "<h3>Speisealta: Dùn Èideann</h3>"
            "<p>'S e comhairlichean chòraichean sochair a th' ann an oibrichean ceangail "
            "speisealta Dhùn Èideann, a bhios a' caitheamh mu aon seisean san t-seachdain ann an "
            "lannsa. Bidh iad a' cuideachadh le àrdachadh teachd-a-steach, fiachan, duilgheadasan "
            "taigheadais agus cosnadh, agus faodaidh iad daoine a riochdachadh aig tribiunalan. Le "
            "cead an neach, faodaidh iad clàran meidigeach a chleachdadh gus aithisgean ceart a "
            "sgrìobhadh airson thagraidhean sochair, rud a lùghdaicheas ath-bheachdachaidhean agus "
            "ath-thagraidhean. Tha iad air am fastadh le seirbheisean comhairle san treas roinn a "
            "tha barrantaichte fo Inbhean Nàiseanta na h-Alba airson Solaraichean Fiosrachaidh is "
            "Comhairle. Tha sgrùdadh cunbhalach a' moladh gu bheil timcheall air £15 de bhuannachd "
            "ionmhasail do dhaoine airson gach £1 a thèid a thasgadh.</p>"
        ),
        (
            "In which model do link workers travel to schools, workplaces "
            "and other local venues, largely because transport is one of the "
            "biggest barriers to getting help?"
        ): (
            "Dè am modail anns am bi oibrichean ceangail a' siubhal gu sgoiltean, "
            "àiteachan-obrach is ionadan ionadail eile, gu ìre mhòr seach gu bheil còmhdhail air "
            "aon de na bacaidhean as motha ann a bhith a' faighinn cuideachadh?"
        ),
        "Dundee": "Dùn Dè",
        (
            "Dundee's link workers are embedded in practices serving "
            "deprived areas of the city; travelling out to people "
            "because of transport is the hallmark of the island "
            "model."
        ): (
            "Tha oibrichean ceangail Dhùn Dè stèidhichte ann an lannsaichean a tha a' frithealadh "
            "sgìrean bochda a' bhaile; 's e siubhal a-mach gu daoine air sgàth còmhdhail comharra "
            "sònraichte a' mhodail eileanaich."
        ),
        "Shetland": "Sealtainn",
        (
            "Correct. With isolated households spread across the "
            "islands, Shetland's workers go to people rather than "
            "expecting them to travel."
        ): (
            "Ceart. Le dachaighean iomallach sgapte air feadh nan eilean, thèid luchd-obrach "
            "Shealtainn gu daoine seach a bhith an dùil gun siubhail iadsan."
        ),
        "Edinburgh": "Dùn Èideann",
        (
            "Edinburgh's specialist advisers work from the GP "
            "practice, usually for about one session a week."
        ): (
            "Bidh comhairlichean speisealta Dhùn Èideann ag obair bhon lannsa, mar as trice airson "
            "mu aon seisean san t-seachdain."
        ),
        (
            "Which of these are true of the specialist link workers in "
            "Edinburgh? Choose all that apply."
        ): (
            "Dè an fheadhainn seo a tha fìor mu na h-oibrichean ceangail speisealta ann an Dùn "
            "Èideann? Tagh a h-uile gin a tha iomchaidh."
        ),
        ("They are welfare rights advisers based in the practice for around one session a week."): (
            "'S e comhairlichean chòraichean sochair a th' annta a bhios san lannsa airson mu aon "
            "seisean san t-seachdain."
        ),
        ("Yes. They bring specialist advice into the practice on a regular, predictable basis."): (
            "'S e. Bheir iad comhairle speisealta a-steach don lannsa gu cunbhalach agus ann an "
            "dòigh air am faodar a bhith an urra."
        ),
        (
            "With consent, they can draw on medical records to "
            "prepare reports that support benefit claims."
        ): (
            "Le cead, faodaidh iad clàran meidigeach a chleachdadh gus aithisgean ullachadh a "
            "bheir taic do thagraidhean sochair."
        ),
        (
            "Yes. Accurate reports, checked with GPs, mean fewer "
            "claims go to reconsideration or appeal."
        ): (
            "Faodaidh. Le aithisgean ceart, air an dearbhadh le dotairean teaghlaich, thèid nas "
            "lugha de thagraidhean gu ath-bheachdachadh no ath-thagradh."
        ),
        ("They deliver Brief Behavioural Activation and support computerised CBT."): (
            "Bidh iad a' lìbhrigeadh Brief Behavioural Activation agus a' toirt taic do CBT air "
            "coimpiutair."
        ),
        ("No. Low-intensity psychological support is part of the therapeutic model in Shetland."): (
            "Cha bhi. 'S ann am modail leigheasach Shealtainn a tha taic shaidhceòlach aig ìre "
            "ìosal."
        ),
        "They are employed directly by the GP practice.": (
            "Tha iad air am fastadh gu dìreach leis an lannsa."
        ),
        (
            "No. They are employed by third sector advice services "
            "that hold accreditation under the Scottish National "
            "Standards for Information and Advice Providers."
        ): (
            "Chan eil. Tha iad air am fastadh le seirbheisean comhairle san treas roinn aig a "
            "bheil "
            "barrantachadh fo Inbhean Nàiseanta na h-Alba airson Solaraichean Fiosrachaidh is "
            "Comhairle."
        ),
        (
            "Dundee's evaluation looked at how many of the goals people set "
            "were achieved. What proportion were met?"
        ): (
            "Rinn measadh Dhùn Dè sgrùdadh air co mheud de na h-amasan a shuidhich daoine a chaidh "
            "a choileanadh. Dè a' chuibhreann a chaidh a choileanadh?"
        ),
        "About a quarter": "Mu chairteal",
        (
            "Too low. About a quarter of the people in the "
            "evaluation had a physical health problem, which may be "
            "the figure you are thinking of."
        ): (
            "Ro ìosal. Bha duilgheadas slàinte corporra aig mu chairteal de na daoine sa mheasadh; "
            "'s dòcha gur e sin an àireamh a tha nad inntinn."
        ),
        "About two thirds": "Mu dhà thrian",
        (
            "Correct. Around 65% of goals were met, and 84% of "
            "people had at least one positive outcome."
        ): (
            "Ceart. Chaidh timcheall air 65% de na h-amasan a choileanadh, agus bha co-dhiù aon "
            "toradh math aig 84% de dhaoine."
        ),
        "Almost all": "Cha mhòr a h-uile gin",
        (
            "Too high. Most people gained something, but not every "
            "goal was reached, which is realistic for people facing "
            "several complex problems at once."
        ): (
            "Ro àrd. Fhuair a' mhòr-chuid rudeigin às, ach cha deach a h-uile amas a choileanadh, "
            "rud a tha reusanta do dhaoine aig a bheil grunn dhuilgheadasan toinnte aig an aon àm."
        ),
        # ------------------------------------------------------------ lesson 3
        "The national programme": "Am prògram nàiseanta",
        (
            "<p>Link working in Scotland began with local pilots. The two that "
            "shaped national policy most were the Links Worker Programme in Glasgow, "
            "run by the Health and Social Care Alliance Scotland (the ALLIANCE) with "
            "seven Deep End practices from 2014, and Dundee Sources of Support, in "
            "which three link workers covered four practices in deprived areas.</p>"
            "<p>In A Plan for Scotland, its programme for 2016 to 2017, the Scottish "
            "Government pledged to have up to 250 Community Link Workers in post in "
            "GP surgeries by 2020, with at least 40 starting in 2017. The first "
            "phase, from April to September 2017, concentrated on sustaining early "
            "adopter programmes in Glasgow (14 practices), Dundee (11), Edinburgh (9) "
            "and Inverclyde (6). NHS Health Scotland led the monitoring and "
            "evaluation.</p>"
        ): (
            "<p>Thòisich obair cheangail ann an Alba le pròiseactan pìleat ionadail. B' iad an dà "
            "phròiseact a bu mhotha a thug buaidh air poileasaidh nàiseanta an Links Worker "
            "Programme ann an Glaschu, air a ruith leis an Health and Social Care Alliance "
            "Scotland (an ALLIANCE) le seachd lannsaichean Deep End bho 2014, agus Dundee "
            "Sources of Support, anns an robh triùir oibrichean ceangail a' frithealadh ceithir "
            "lannsaichean ann an sgìrean bochda.</p>"
            "<p>Ann an A Plan for Scotland, am prògram aige airson 2016 gu 2017, gheall "
            "Riaghaltas na h-Alba suas ri 250 Oibrichean Ceangail Coimhearsnachd fhastadh gus "
            "obair ann an lannsaichean dhotairean ro 2020, le co-dhiù 40 a' tòiseachadh ann an "
            "2017. Anns a' chiad ìre, bhon Ghiblean chun an t-Sultain 2017, chaidh an aire a chur "
            "air prògraman tràtha a chumail a' dol ann an Glaschu (14 lannsaichean), Dùn Dè (11), "
            "Dùn Èideann (9) agus Inbhir Chluaidh (6). B' e NHS Health Scotland a stiùir an "
            "sgrùdadh agus am measadh.</p>"
        ),
        (
            "<h3>What the programme set out to do</h3>"
            "<p>The programme had four aims: to help people live well by "
            "bringing community resources and primary care closer together; to "
            "back GP practice teams working with communities facing socio-economic "
            "deprivation; to reduce the effect of social and economic inequality on "
            "health; and to make link workers part of the wider practice team where "
            "that fitted. Its core components included:</p>"
            "<ul><li>working in areas of deprivation, urban and rural, widespread or "
            "in pockets</li>"
            "<li>open access, with no age or condition criteria</li>"
            "<li>strictly non-clinical support</li>"
            "<li>close working with the third sector and clear referral pathways "
            "into it</li>"
            "<li>taking part in national evaluation and sharing learning</li></ul>"
        ): (
            "<h3>Na bha am prògram ag amas air a dhèanamh</h3>"
            "<p>Bha ceithir amasan aig a' phrògram: daoine a chuideachadh gu bhith beò gu math le "
            "bhith a' neartachadh nan ceanglaichean eadar goireasan coimhearsnachd agus prìomh "
            "chùram; taic a thoirt do sgiobaidhean lannsa a tha a' frithealadh choimhearsnachdan "
            "fo bhochdainn shòisealta is eaconamach; buaidh neo-ionannachd shòisealta is "
            "eaconamach air slàinte a lùghdachadh; agus oibrichean ceangail a dhèanamh nam pàirt "
            "den sgioba lannsa nas fharsainge far an robh sin iomchaidh. Am measg nam prìomh "
            "phàirtean aige bha:</p>"
            "<ul><li>obair ann an sgìrean bochda, bailteil is dùthchail, farsaing no ann am "
            "pòcaidean</li>"
            "<li>ruigsinneachd fhosgailte, gun shlatan-tomhais a thaobh aois no tinneis</li>"
            "<li>taic a tha gu tur neo-chlionaigeach</li>"
            "<li>obair dhlùth leis an treas roinn agus slighean tar-chuir soilleir thuice</li>"
            "<li>pàirt a ghabhail ann am measadh nàiseanta agus ionnsachadh a cho-roinn</li></ul>"
        ),
        (
            "<h3>Where things stand now</h3>"
            "<p>Since the 2018 GP contract, link workers have been funded through the "
            "Primary Care Improvement Fund as part of the practice multidisciplinary "
            "team. By 2024 there were more than 320 across Scotland, although an "
            "estimated one practice in five still had no access to one. The Network "
            "and others continue to press for long-term funding and for a link "
            "worker in every practice, and a National CLW Advisory Group was set up "
            "in 2024 to review the programme.</p>"
        ): (
            "<h3>Far a bheil cùisean a-nis</h3>"
            "<p>Bho chùmhnant nan dotairean teaghlaich ann an 2018, tha oibrichean ceangail air am "
            "maoineachadh tro Mhaoin Leasachaidh a' Phrìomh Chùraim mar phàirt den sgioba "
            "ioma-chuspaireil san lannsa. Ro 2024 bha còrr is 320 dhiubh air feadh na h-Alba, ged "
            "a thathar a' meas nach robh cothrom air fear fhathast aig aon lannsa às gach còig. "
            "Tha an Lìonra agus feadhainn eile a' cumail orra ag iarraidh maoineachadh fad-ùine "
            "agus obraiche ceangail anns gach lannsa, agus chaidh Buidheann Comhairleachaidh "
            "Nàiseanta CLW a stèidheachadh ann an 2024 gus ath-sgrùdadh a dhèanamh air a' "
            "phrògram.</p>"
        ),
        "More than signposting": "Barrachd air stiùireadh",
        (
            "<p>Early research for the programme cautioned against link "
            "workers simply passing people on to third sector services that "
            "are already stretched. Good link working invests in "
            "relationships with local organisations and helps build "
            "community capacity, rather than adding to waiting lists.</p>"
        ): (
            "<p>Thug rannsachadh tràth airson a' phrògraim rabhadh seachad mu oibrichean ceangail "
            "a' cur dhaoine air adhart, gun dad a bharrachd, gu seirbheisean san treas roinn a tha "
            "mu thràth fo chuideam. Bidh obair cheangail mhath a' tasgadh ann an dàimhean le "
            "buidhnean ionadail agus a' cuideachadh le comas coimhearsnachd a thogail, seach a "
            "bhith a' cur ri liostaichean-feitheimh.</p>"
        ),
        (
            "What did the Scottish Government commit to in A Plan for Scotland 2016 to 2017?"
        ): "Dè a gheall Riaghaltas na h-Alba ann an A Plan for Scotland 2016 gu 2017?",
        ("Recruiting up to 250 Community Link Workers for GP surgeries by 2020"): (
            "Suas ri 250 Oibrichean Ceangail Coimhearsnachd fhastadh airson lannsaichean "
            "dhotairean ro 2020"
        ),
        (
            "Correct. The pledge also set a target of at least 40 "
            "link workers recruited during 2017."
        ): (
            "Ceart. Shuidhich an gealladh cuideachd targaid gum biodh co-dhiù 40 oibrichean "
            "ceangail air am fastadh ann an 2017."
        ),
        (
            "Placing a link worker in every GP practice in Scotland by 2018"
        ): "Obraiche ceangail a chur anns a h-uile lannsa ann an Alba ro 2018",
        (
            "Not quite. A link worker in every practice is something "
            "the Network and others still call for; the 2016 to 2017 "
            "pledge was for up to 250 workers."
        ): (
            "Chan ann buileach. Tha an Lìonra agus feadhainn eile fhathast ag iarraidh obraiche "
            "ceangail anns gach lannsa; bha gealladh 2016 gu 2017 airson suas ri 250 oibrichean."
        ),
        "Employing 320 link workers directly through NHS boards": (
            "320 oibrichean ceangail fhastadh gu dìreach tro bhùird an NHS"
        ),
        (
            "No. More than 320 link workers were in post by 2024, "
            "but many are employed by third sector organisations "
            "rather than NHS boards, and that was never the original "
            "pledge."
        ): (
            "Chan e. Bha còrr is 320 oibrichean ceangail ann an dreuchd ro 2024, ach tha mòran "
            "dhiubh air am fastadh le buidhnean san treas roinn seach bùird an NHS, agus cha b' e "
            "sin an gealladh tùsail idir."
        ),
        ("Which of these were core components of the national programme? Choose all that apply."): (
            "Dè an fheadhainn seo a bha nam prìomh phàirtean den phrògram nàiseanta? Tagh a h-uile "
            "gin a tha iomchaidh."
        ),
        ("Open to anyone on the practice list, without demographic or condition criteria"): (
            "Fosgailte do neach sam bith a tha clàraichte aig an lannsa, gun shlatan-tomhais "
            "deamografach no a thaobh tinneis"
        ),
        (
            "Yes. Generalist access is what sets link working apart "
            "from condition-specific services."
        ): (
            "Bha. 'S e ruigsinneachd choitcheann a tha a' dèanamh obair cheangail "
            "eadar-dhealaichte "
            "bho sheirbheisean a tha ceangailte ri tinneas sònraichte."
        ),
        "Strictly non-clinical support": "Taic a tha gu tur neo-chlionaigeach",
        (
            "Yes. Link workers do not diagnose or treat; clinical "
            "matters stay with the clinical team."
        ): (
            "Bha. Cha bhi oibrichean ceangail a' breithneachadh no a' leigheas; bidh cùisean "
            "clionaigeach a' fuireach aig an sgioba chlionaigeach."
        ),
        "Delivered only in cities": "Air a lìbhrigeadh ann am bailtean-mòra a-mhàin",
        (
            "No. The programme covered deprivation in rural and remote areas as well as urban ones."
        ): (
            "Cha robh. Bha am prògram a' còmhdach bochdainn ann an sgìrean dùthchail is iomallach "
            "a bharrachd air sgìrean bailteil."
        ),
        "Clear routes for referring people on to third sector organisations": (
            "Slighean tar-chuir soilleir gu buidhnean san treas roinn"
        ),
        ("Yes. Close working with the third sector was central from the start."): (
            "Bha. Bha obair dhlùth leis an treas roinn aig cridhe a' ghnothaich bhon toiseach."
        ),
        # ------------------------------------------------------------ lesson 4
        "The difference it makes": "An diofar a tha e a' dèanamh",
        (
            "<h3>For the people who are referred</h3>"
            "<p>Outcomes reported across programmes include more money coming in "
            "through benefits and debt advice, better or new housing, less "
            "isolation, new interests and friendships, and more confidence and "
            "self-esteem. Some changes are quieter but still matter: many people say "
            "that simply being listened to without judgement was a turning point. "
            "Link workers are honest that the service is not a cure-all. For some "
            "people life changes a great deal; for others the gains are smaller.</p>"
        ): (
            "<h3>Dha na daoine a thèid a chur air adhart</h3>"
            "<p>Am measg nan toraidhean a chaidh aithris thar phrògraman tha barrachd airgid a' "
            "tighinn a-steach tro shochairean agus comhairle mu fhiachan, taigheadas nas fheàrr no "
            "ùr, nas lugha de dh'aonaranachd, ùidhean is càirdeasan ùra, agus barrachd misneachd "
            "is fèin-spèis. Tha cuid de dh'atharrachaidhean nas sàmhaiche ach cudromach a "
            "dh'aindeoin sin: tha mòran dhaoine ag ràdh gur e puing-tionndaidh a bh' ann dìreach "
            "gun do dh'èist cuideigin riutha gun bhreith a thoirt orra. Tha oibrichean ceangail "
            "onarach nach e leigheas air a h-uile càil a th' anns an t-seirbheis. Do chuid, "
            "atharraichidh am beatha gu mòr; do chàch, bidh na buannachdan nas lugha.</p>"
        ),
        (
            "<h3>For practices and communities</h3>"
            "<p>GPs involved in the early programmes said they felt more productive, "
            "had an alternative to prescribing and saw fewer visits from patients "
            "whose needs were not medical. Link workers also feed back to practices "
            "and health and social care partnerships about gaps they see locally. An "
            "economic study by Biggar Economics estimated that in 2022 the ALLIANCE "
            "programme produced £18.2 million in wellbeing benefits in the west of "
            "Scotland, or £8.79 for every £1 of public money, and judged that figure "
            "likely to be an underestimate.</p>"
        ): (
            "<h3>Do lannsaichean agus do choimhearsnachdan</h3>"
            "<p>Thuirt dotairean teaghlaich a bha an sàs anns na prògraman tràtha gun robh iad a' "
            "faireachdainn nas torraiche, gun robh roghainn eile aca seach cungaidhean-leigheis, "
            "agus gun robh nas lugha de thadhalan ann bho euslaintich aig nach robh feumalachdan "
            "meidigeach. Bidh oibrichean ceangail cuideachd a' toirt fios air ais do lannsaichean "
            "agus do chom-pàirteachasan slàinte is cùraim shòisealta mu bheàrnan a chì iad gu "
            "h-ionadail. Bha sgrùdadh eaconamach le Biggar Economics a' meas gun do chruthaich "
            "prògram an ALLIANCE £18.2 millean de bhuannachdan sunnd ann an taobh an iar na "
            "h-Alba ann an 2022, no £8.79 airson gach £1 de dh'airgead poblach, agus bha iad den "
            "bheachd gur dòcha gu bheil an àireamh sin ro ìosal.</p>"
        ),
        (
            "Which of the outcomes in this lesson do you think matters most "
            "to the people in the community you will work with, and why? How "
            "might you notice it happening?"
        ): (
            "Cò de na toraidhean san leasan seo as cudromaiche, nad bheachd-sa, do na daoine sa "
            "choimhearsnachd leis am bi thu ag obair, agus carson? Ciamar a dh'aithnicheas tu gu "
            "bheil e a' tachairt?"
        ),
    },
}
