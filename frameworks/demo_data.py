"""Demo content for the Community Link Worker competency framework.

Plain Python data, with no imports, used to fill a development or demonstration site with:

* FRAMEWORK: the first shared competency framework for community link workers (CLWs) in
  Scotland, with six domains, their competencies and a descriptor for each competency at each
  of the four cumulative NHS Education for Scotland practice levels (informed, skilled,
  enhanced, specialist). Domain and competency codes, titles and theme slugs follow the
  portal's shared taxonomy.
* GAELIC: Scottish Gaelic versions of the framework's user-facing strings, keyed by the exact
  English string. Descriptors are not translated.
* SELF_ASSESSMENTS: two self-assessments by the demo learner, about five months apart, that
  show growth. Each rating is a (level slug or None for 'not yet', note) pair.

The content draws on public reports about community link working in Scotland (the Scottish
Government programme briefing of 2017, Voluntary Health Scotland's scoping study of
third-sector programmes, the Essential Connections research, the ALLIANCE Links Worker
Programme's ten-year record of learning and case studies from Dundee, Shetland and Edinburgh),
but all of the wording is new. The Gaelic is a demonstration translation and should be checked
by a fluent speaker before real use.
"""

FRAMEWORK = {
    "name": "Community Link Worker competency framework for Scotland",
    "version": 1,
    "introduction": (
        "<p>This is the first shared competency framework for community link workers (CLWs) in "
        "Scotland. It describes the knowledge, skills and behaviours link workers draw on in GP "
        "practices every day: listening to what matters to people, helping them with money, "
        "housing, loneliness, mental health and the effects of trauma, and connecting them with "
        "support in their own communities. It has been shaped by link workers, programme "
        "managers and partners across the Scottish Community Link Worker Network.</p>"
        "<p>The framework is for link workers at every stage, from their first weeks in post to "
        "those with many years' experience, and for the people around them: line managers and "
        "supervisors, GP practice teams, health and social care partnerships, and the "
        "third-sector organisations that employ most link workers. You can use it to reflect "
        "on your practice, plan learning and supervision, explain the role to colleagues and "
        "make the case for development.</p>"
        "<p>The framework has six domains, each with a small number of competencies. Every "
        "competency is described at the four practice levels used by NHS Education for "
        "Scotland: Informed, Skilled, Enhanced and Specialist. The levels are cumulative, so "
        "each one includes everything described at the levels before it. Most link workers will "
        "be Skilled or Enhanced in most areas, and few will be Specialist in every competency. "
        "The levels describe practice, not job grades or pay bands.</p>"
    ),
    "levels": [
        {
            "slug": "informed",
            "name": "Informed",
            "description": (
                "The baseline every link worker starts from, and what anyone working alongside "
                "link workers should know. You understand what the competency involves and know "
                "when and where to ask for help."
            ),
        },
        {
            "slug": "skilled",
            "name": "Skilled",
            "description": (
                "The level expected of a link worker who holds their own caseload. You use the "
                "competency routinely and with confidence in your one-to-one work."
            ),
        },
        {
            "slug": "enhanced",
            "name": "Enhanced",
            "description": (
                "For experienced link workers who handle complex situations with little "
                "guidance. You adapt your approach to the person and the setting and help "
                "colleagues and practice teams to develop."
            ),
        },
        {
            "slug": "specialist",
            "name": "Specialist",
            "description": (
                "For link workers who lead practice across a team, a programme or the wider "
                "network. You shape how the work is done, support others to grow, and influence "
                "services, policy and evidence beyond your own caseload."
            ),
        },
    ],
    "domains": [
        # ------------------------------------------------------------------ domain 1
        {
            "code": "1",
            "title": "Person-centred practice and good conversations",
            "description": (
                "Link work starts with the person rather than the reason on the referral. This "
                "domain covers how link workers earn trust, hold conversations about what really "
                "matters to someone, and agree realistic next steps at a pace that feels safe."
            ),
            "competencies": [
                {
                    "code": "1.1",
                    "title": "Building trust and rapport",
                    "description": (
                        "Creating a warm, non-judgemental relationship in which people feel safe "
                        "enough to talk about their lives. Many people referred have had poor "
                        "experiences of services, so trust can take several meetings and the "
                        "door has to stay open."
                    ),
                    "themes": ["mental-health", "social-isolation"],
                    "descriptors": {
                        "informed": (
                            "Understands why trust is central to link work and that some people "
                            "take weeks or months to engage. Welcomes people warmly, listens "
                            "without judging and is honest about what a link worker can offer."
                        ),
                        "skilled": (
                            "Builds rapport with most people on their caseload by adjusting "
                            "tone, pace and meeting place to suit the person. Follows up missed "
                            "appointments in a way that keeps contact open instead of closing "
                            "the case."
                        ),
                        "enhanced": (
                            "Earns the trust of people who have given up on other services or "
                            "who are wary of professionals because of past experiences. Notices "
                            "when a working relationship is under strain and takes steps to "
                            "repair it."
                        ),
                        "specialist": (
                            "Coaches colleagues who find engagement hard and models "
                            "relationship-based practice across the team. Questions programme "
                            "rules, such as strict appointment limits or automatic discharge "
                            "after non-attendance, that damage trust with the people services "
                            "reach least."
                        ),
                    },
                },
                {
                    "code": "1.2",
                    "title": "Good conversations about what matters to the person",
                    "description": (
                        "Using open, unhurried conversations to help people explore what is "
                        "happening in their lives and what matters most to them, instead of "
                        "starting from a menu of services. The person sets the agenda and "
                        "should leave feeling heard."
                    ),
                    "themes": ["mental-health"],
                    "descriptors": {
                        "informed": (
                            "Knows the difference between asking what is wrong with someone and "
                            "asking what matters to them. Uses open questions and allows "
                            "silences rather than filling them."
                        ),
                        "skilled": (
                            "Holds conversations that bring out the person's priorities, "
                            "strengths and existing sources of support, drawing on approaches "
                            "such as motivational interviewing where they fit. Checks back what "
                            "has been understood and avoids offering too much at once."
                        ),
                        "enhanced": (
                            "Helps people untangle situations where debt, housing, health and "
                            "relationships are all bound up together, so they can choose where "
                            "to begin. Stays steady through hard disclosures, such as grief or "
                            "thoughts of suicide, while keeping the person in charge."
                        ),
                        "specialist": (
                            "Trains, observes and gives feedback to link workers and practice "
                            "staff on conversation skills. Makes sure the programme's "
                            "conversation model stays led by the person and does not harden "
                            "into a checklist assessment."
                        ),
                    },
                },
                {
                    "code": "1.3",
                    "title": "Agreeing goals and action plans",
                    "description": (
                        "Turning what matters to the person into goals and steps they can "
                        "manage, then looking at progress together. The plan belongs to the "
                        "person, builds on what they already have going for them, and the end "
                        "of support is agreed rather than imposed."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Understands that goals are the person's own and that small wins "
                            "build confidence. Writes down agreed actions in everyday language "
                            "and gives the person a copy if they want one."
                        ),
                        "skilled": (
                            "Agrees and records goals led by the person, shares tasks fairly "
                            "between the person and themselves, and reviews them at each "
                            "meeting. Plans the ending with the person and makes clear how to "
                            "get back in touch."
                        ),
                        "enhanced": (
                            "Keeps plans alive through setbacks, waiting lists and missing "
                            "services, reshaping goals without losing sight of the person's "
                            "priorities. Balances doing things for people with helping them do "
                            "things for themselves, so that support does not breed dependence."
                        ),
                        "specialist": (
                            "Develops the programme's approach to goal setting, reviews and "
                            "leaving the service, including follow-up once support has ended. "
                            "Uses patterns in goals that could not be met to show commissioners "
                            "where provision is lacking."
                        ),
                    },
                },
                {
                    "code": "1.4",
                    "title": "Trauma-informed practice",
                    "description": (
                        "Recognising how trauma and adversity, such as childhood abuse, domestic "
                        "abuse, bereavement and long-term poverty, can affect people's health, "
                        "behaviour and trust in services. Working in ways that offer safety, "
                        "choice and control and avoid causing further harm."
                    ),
                    "themes": ["trauma", "bereavement"],
                    "descriptors": {
                        "informed": (
                            "Knows what psychological trauma is, how common it is among people "
                            "referred, and how it may show up as missed appointments, anger or "
                            "withdrawal. Has completed introductory trauma training."
                        ),
                        "skilled": (
                            "Gives people choice over where, when and how they meet, explains "
                            "what will happen next, and lets them decide what and how much to "
                            "share. Knows the local trauma and abuse support services and when "
                            "an introduction to them would be welcome."
                        ),
                        "enhanced": (
                            "Works alongside other services with people living with complex "
                            "trauma, self-harm or addiction, pacing the work so the person is "
                            "not overwhelmed. Respects a decision that specialist therapy is not "
                            "right for someone yet, and keeps the option open."
                        ),
                        "specialist": (
                            "Helps practices and programmes review their own systems, such as "
                            "appointment letters, waiting rooms and non-attendance policies, "
                            "with trauma in mind. Builds partnerships that bring specialist "
                            "trauma support into practices or closer to where people live."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ domain 2
        {
            "code": "2",
            "title": "Connecting people with community assets",
            "description": (
                "Link workers help people reach groups, services and activities that can make a "
                "real difference to their lives. This domain covers knowing what a community "
                "has to offer, supporting people to take that support up, and working with "
                "community organisations as partners."
            ),
            "competencies": [
                {
                    "code": "2.1",
                    "title": "Knowing local community assets (asset mapping)",
                    "description": (
                        "Finding out what a community has to offer: clubs, charities, food "
                        "pantries, advice services, faith groups, activities and informal "
                        "networks as well as statutory services. Good asset mapping means "
                        "meeting people and visiting places, not only keeping a list."
                    ),
                    "themes": ["social-isolation", "physical-activity"],
                    "descriptors": {
                        "informed": (
                            "Knows what a community asset is and that assets include people, "
                            "places and informal groups as well as formal services. Can find "
                            "and use the programme's directory of local support."
                        ),
                        "skilled": (
                            "Maps the assets around each practice by visiting organisations and "
                            "learning what they do, who they are for, what they value and how "
                            "people can join. Also knows the main regional and national "
                            "services, such as helplines and specialist charities."
                        ),
                        "enhanced": (
                            "Has detailed knowledge of the locality, including seasonal "
                            "activities such as gardening groups, groups for particular "
                            "communities, and informal assets that seldom appear in "
                            "directories. Notices and records gaps in what is available."
                        ),
                        "specialist": (
                            "Leads asset mapping across a cluster or programme, including in "
                            "rural and island areas where support is thinly spread and "
                            "transport is a barrier. Shares what is missing with locality "
                            "planners and helps partners or residents start new activity."
                        ),
                    },
                },
                {
                    "code": "2.2",
                    "title": "Making and supporting onward connections",
                    "description": (
                        "Helping people reach the support that suits them, not simply whichever "
                        "service has a space. That may mean a warm introduction, going along to "
                        "a first visit, or staying alongside someone while they wait, so that a "
                        "referral turns into a real connection."
                    ),
                    "themes": ["social-isolation", "mental-health"],
                    "descriptors": {
                        "informed": (
                            "Understands the difference between signposting, referring and "
                            "supported connection. Gives people accurate details of what a "
                            "service offers and how to get there."
                        ),
                        "skilled": (
                            "Makes well-matched referrals with consent and hands people over "
                            "warmly. Goes with people to a first appointment or group when "
                            "anxiety, mobility or cost would otherwise stop them, and checks "
                            "afterwards how it went."
                        ),
                        "enhanced": (
                            "Brokers support across several services at once for people with "
                            "complex needs, negotiating access and helping services understand "
                            "the person. Keeps people supported while they are stuck on a "
                            "waiting list."
                        ),
                        "specialist": (
                            "Designs referral pathways between the programme and partner "
                            "organisations, with agreed arrangements for feedback and follow-up. "
                            "Uses evidence from connections that fail, for instance because a "
                            "service is full or too costly, to press for change."
                        ),
                    },
                },
                {
                    "code": "2.3",
                    "title": "Keeping community knowledge current",
                    "description": (
                        "Community support changes all the time: funding runs out, groups move, "
                        "pause or close, and new ones appear. Link workers keep their own "
                        "knowledge up to date and make sure colleagues and practices are not "
                        "relying on old information."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Understands that local information goes out of date quickly and "
                            "checks that a service is still running before suggesting it."
                        ),
                        "skilled": (
                            "Keeps their own notes on local support current, attends local "
                            "networking meetings and team meetings, and passes on changes to "
                            "colleagues promptly."
                        ),
                        "enhanced": (
                            "Follows new developments, such as emergency cost-of-living help or "
                            "a new group for a particular community, and gives practice teams "
                            "short, timely updates through meetings, newsletters or an "
                            "information folder."
                        ),
                        "specialist": (
                            "Sets up and looks after shared community information for a team or "
                            "programme, with clear responsibility for checking it. Works with "
                            "Third Sector Interfaces and local forums so that changes are "
                            "spotted early."
                        ),
                    },
                },
                {
                    "code": "2.4",
                    "title": "Building relationships with community organisations",
                    "description": (
                        "Working with community and third-sector organisations as equal "
                        "partners, with referrals and understanding flowing both ways. Strong "
                        "relationships make introductions easier and can grow into new joint "
                        "activity for the area."
                    ),
                    "themes": ["physical-activity", "employability"],
                    "descriptors": {
                        "informed": (
                            "Understands the part the third sector plays in link work and "
                            "treats partner organisations with respect, knowing that many run "
                            "on small budgets and volunteers."
                        ),
                        "skilled": (
                            "Builds working relationships with the main local organisations, "
                            "learns their criteria and capacity, and lets them know how "
                            "referrals have gone."
                        ),
                        "enhanced": (
                            "Runs shared activity with partners, such as a health walk, "
                            "wellbeing group, allotment group or drop-in at the health centre. "
                            "Talks to small groups about capacity before sending people their "
                            "way."
                        ),
                        "specialist": (
                            "Builds partnerships that bring new resources into practices and "
                            "communities, such as funding bids, volunteer-run services or "
                            "specialist support delivered locally. Speaks for link work in "
                            "community planning and helps partners argue for steady funding."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ domain 3
        {
            "code": "3",
            "title": "Working within general practice and the multidisciplinary team",
            "description": (
                "Link workers belong to the wider practice team, even when a third-sector "
                "organisation employs them. This domain covers how general practice works, how "
                "people are referred to link workers, helping practices become better connected "
                "to their communities, and handling records and information properly."
            ),
            "competencies": [
                {
                    "code": "3.1",
                    "title": "Understanding general practice and primary care",
                    "description": (
                        "Knowing how GP practices are organised, who does what in the "
                        "multidisciplinary team, and the pressures practices are under. This "
                        "helps link workers fit in, work well with clinicians and show where a "
                        "non-clinical role adds value."
                    ),
                    "themes": ["long-term-conditions"],
                    "descriptors": {
                        "informed": (
                            "Knows the main roles in a practice, including GPs, nurses, the "
                            "practice manager and reception staff, and understands that the "
                            "link worker role is strictly non-clinical."
                        ),
                        "skilled": (
                            "Works comfortably with practice routines and systems, contacts "
                            "colleagues through the right channels and attends practice "
                            "meetings. Understands the wider picture, including the GP contract, "
                            "primary care improvement plans and the local HSCP."
                        ),
                        "enhanced": (
                            "Is treated as a full member of the practice team even when there "
                            "only part of the week, and finds ways round practical obstacles "
                            "such as a shortage of rooms. Works jointly with clinicians and "
                            "other team members on complex situations."
                        ),
                        "specialist": (
                            "Advises practices, clusters and HSCPs on embedding link workers, "
                            "using what is known about successful integration, such as enough "
                            "days in each practice and the same worker over time. Brings the "
                            "link work view into cluster and primary care planning."
                        ),
                    },
                },
                {
                    "code": "3.2",
                    "title": "Referral routes, including self-referral",
                    "description": (
                        "Understanding and managing the ways people reach a link worker: through "
                        "GPs, nurses, receptionists and care navigators, other services, or by "
                        "asking for themselves. Clear routes help the right people get support "
                        "without delay."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Knows who can refer to link workers in their programme, whether "
                            "people can refer themselves, and what a referral needs to include."
                        ),
                        "skilled": (
                            "Responds to referrals promptly and manages their own waiting list. "
                            "Explains to referrers what link work offers and when another "
                            "service, such as specialist drug and alcohol care, would suit the "
                            "person better."
                        ),
                        "enhanced": (
                            "Improves the quality of referrals through feedback and short "
                            "briefings for practice staff, and supports reception teams with "
                            "care navigation. Uses sound judgement when people return or refer "
                            "themselves."
                        ),
                        "specialist": (
                            "Reviews referral patterns across practices to find groups who "
                            "could benefit but are rarely referred, and designs routes, "
                            "including self-referral, that balance easy access with "
                            "safeguarding and capacity."
                        ),
                    },
                },
                {
                    "code": "3.3",
                    "title": "Practice development",
                    "description": (
                        "Helping the whole practice team become more connected to its "
                        "community: aware of local support, confident to signpost and alert to "
                        "the social side of health. In some programmes it also includes "
                        "supporting the wellbeing of practice staff."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Understands that link work is meant to benefit the whole practice, "
                            "not just the people on the link worker's own caseload."
                        ),
                        "skilled": (
                            "Keeps practice staff informed about local support and explains the "
                            "link worker role at team meetings and when new staff join."
                        ),
                        "enhanced": (
                            "Plans and runs development activity with the practice, such as "
                            "protected learning time, team visits to local organisations, "
                            "information stalls in the waiting room or a community art project. "
                            "Gives staff the confidence to handle simple signposting "
                            "themselves."
                        ),
                        "specialist": (
                            "Leads practice development across several practices or a cluster, "
                            "agreeing priorities with practice leads and checking what has "
                            "changed as a result. Uses any development funding imaginatively and "
                            "spreads what works across the programme."
                        ),
                    },
                },
                {
                    "code": "3.4",
                    "title": "Records and information sharing",
                    "description": (
                        "Keeping accurate, timely records and sharing information lawfully and "
                        "with consent. This includes working in practice systems such as EMIS "
                        "or Vision and in programme databases, and feeding back to GPs in ways "
                        "that help the person's care."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Understands the basics of confidentiality, consent and data "
                            "protection, and knows that information is shared only with consent "
                            "unless someone is at risk of harm."
                        ),
                        "skilled": (
                            "Records contacts, goals and actions clearly and on time in the "
                            "agreed systems and, with consent, keeps GPs informed through the "
                            "medical record, meetings or a quick conversation."
                        ),
                        "enhanced": (
                            "Handles harder information-sharing decisions, such as supporting "
                            "evidence for a benefit claim or sharing with housing or social "
                            "work, and knows when to ask the data protection lead for advice."
                        ),
                        "specialist": (
                            "Helps set recording standards and data-sharing agreements with "
                            "practices and partners, and pushes for systems that serve both "
                            "day-to-day practice and evaluation."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ domain 4
        {
            "code": "4",
            "title": "Health inequalities and the social determinants of health",
            "description": (
                "Most link workers are based in practices that serve communities with high "
                "levels of deprivation. This domain covers how income, housing, work and place "
                "shape health, working knowledge of welfare rights and housing, and what "
                "poverty means for practice in Deep End and other communities."
            ),
            "competencies": [
                {
                    "code": "4.1",
                    "title": "The social determinants of health",
                    "description": (
                        "Understanding how income, work, housing, education, relationships and "
                        "place shape physical and mental health, and why people in the poorest "
                        "areas die younger and spend more of their lives in poor health."
                    ),
                    "themes": ["long-term-conditions", "food-fuel-poverty"],
                    "descriptors": {
                        "informed": (
                            "Can explain simply what the social determinants of health are and "
                            "how worry about money, housing or loneliness wears down health."
                        ),
                        "skilled": (
                            "Applies this understanding day to day, seeing the social causes "
                            "behind a referral and helping people see that their difficulties "
                            "are not a personal failing."
                        ),
                        "enhanced": (
                            "Helps practice colleagues understand the social circumstances of "
                            "their patients and how these affect consultations, long-term "
                            "conditions and treatment. Is realistic about what link work can "
                            "and cannot change."
                        ),
                        "specialist": (
                            "Gathers and presents evidence about the social issues facing the "
                            "community to HSCPs, planners and policy makers, and contributes to "
                            "local and national action on health inequalities."
                        ),
                    },
                },
                {
                    "code": "4.2",
                    "title": "Money, welfare rights and housing",
                    "description": (
                        "Having enough practical knowledge of benefits, debt, food and fuel "
                        "support and housing to spot problems early, help people take the "
                        "first steps and link them with expert advice. Link workers are rarely "
                        "welfare rights advisers, but more income is often what matters most."
                    ),
                    "themes": ["money-welfare", "housing"],
                    "descriptors": {
                        "informed": (
                            "Knows the main local and national sources of money, debt and "
                            "housing advice, and asks about money and housing routinely and "
                            "sensitively."
                        ),
                        "skilled": (
                            "Helps people get crisis support, such as food bank referrals, fuel "
                            "vouchers and Scottish Welfare Fund applications, and refers "
                            "promptly to welfare rights, debt and housing advice. Shows people "
                            "how to report repairs and deal with their landlord."
                        ),
                        "enhanced": (
                            "Has a working knowledge of Social Security Scotland and DWP "
                            "benefits, homelessness rights and tenancy problems. Works with "
                            "advisers on complex cases, joins housing officers on visits, and "
                            "helps the GP provide supporting evidence where appropriate."
                        ),
                        "specialist": (
                            "Builds close partnerships with advice and housing services, such "
                            "as welfare rights advisers based in practices, and uses what link "
                            "workers see to influence local policy on income, homelessness and "
                            "fuel poverty."
                        ),
                    },
                },
                {
                    "code": "4.3",
                    "title": "Poverty and Deep End practice",
                    "description": (
                        "Understanding poverty and its effects in Scotland's most deprived "
                        "communities, including those served by Deep End practices, and in "
                        "hidden rural poverty. Working in a way that reduces stigma and does "
                        "not add to the barriers people already face."
                    ),
                    "themes": ["food-fuel-poverty", "money-welfare"],
                    "descriptors": {
                        "informed": (
                            "Knows what the Deep End is and why practices with the most deprived "
                            "patient lists see more complex needs in the same short "
                            "appointments. Is aware of the stigma of poverty and uses "
                            "respectful, blame-free language."
                        ),
                        "skilled": (
                            "Plans with the cost of poverty in mind, for example bus fares, "
                            "phone credit and the price of activities. Recognises hidden "
                            "poverty, including among people in work and in rural and island "
                            "communities."
                        ),
                        "enhanced": (
                            "Works confidently with people facing several disadvantages at "
                            "once, such as refugees, people with no recourse to public funds or "
                            "families in crisis. Helps practices lower barriers such as "
                            "online-only booking."
                        ),
                        "specialist": (
                            "Contributes to Deep End and other poverty and health networks and "
                            "argues for link workers to be allocated according to need. Helps "
                            "design ways to reach people who are not registered with, or do not "
                            "attend, a GP practice."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ domain 5
        {
            "code": "5",
            "title": "Safeguarding, boundaries and the worker's own wellbeing",
            "description": (
                "Link workers often hear about harm, crisis and risk, and may support people for "
                "long periods. This domain covers protecting adults and children, keeping clear "
                "professional boundaries, working safely, and looking after their own "
                "wellbeing through supervision and peer support."
            ),
            "competencies": [
                {
                    "code": "5.1",
                    "title": "Adult and child protection",
                    "description": (
                        "Recognising signs that an adult or child may be at risk of harm, "
                        "including domestic abuse, exploitation, neglect and risk of suicide, "
                        "and acting promptly under local adult support and protection and child "
                        "protection procedures."
                    ),
                    "themes": ["trauma", "mental-health"],
                    "descriptors": {
                        "informed": (
                            "Recognises common signs of harm and abuse, has completed the "
                            "required protection training, and knows who to tell and how to "
                            "record a concern."
                        ),
                        "skilled": (
                            "Responds calmly to disclosures, is clear about the limits of "
                            "confidentiality, and makes adult or child protection referrals "
                            "through the correct route. Uses suicide prevention training and "
                            "safety planning when someone is at risk."
                        ),
                        "enhanced": (
                            "Manages complex, fast-moving situations, such as domestic abuse "
                            "with children involved and a family about to lose their home, "
                            "coordinating with social work, police, health visitors and "
                            "specialist services while keeping the person at the centre."
                        ),
                        "specialist": (
                            "Advises colleagues on protection concerns, contributes to "
                            "programme safeguarding policy and training, and links with local "
                            "adult and child protection committees."
                        ),
                    },
                },
                {
                    "code": "5.2",
                    "title": "Professional boundaries",
                    "description": (
                        "Keeping clear, safe boundaries in working relationships that can be "
                        "long and close. This means being honest about the limits of the role, "
                        "avoiding dependence, and handling overlapping relationships in small "
                        "communities."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Understands how boundaries protect both the person and the worker, "
                            "and knows the programme's rules on gifts, personal phone numbers "
                            "and social media."
                        ),
                        "skilled": (
                            "Explains the role and its limits from the first meeting, keeps to "
                            "agreed ways of making contact, and notices when someone is coming "
                            "to rely on them too heavily."
                        ),
                        "enhanced": (
                            "Handles awkward boundary situations, such as supporting someone "
                            "they know socially in a small community or being asked for help "
                            "outside the role, and reflects on them in supervision. Stays "
                            "non-clinical while supporting people with serious illness."
                        ),
                        "specialist": (
                            "Helps the team agree shared guidance on boundaries and endings, "
                            "and supports colleagues to reflect when their boundaries have been "
                            "tested."
                        ),
                    },
                },
                {
                    "code": "5.3",
                    "title": "Own wellbeing and supervision",
                    "description": (
                        "Looking after one's own wellbeing in emotionally heavy work, managing "
                        "caseload pressure and making good use of supervision and peer support. "
                        "Worker wellbeing is the shared responsibility of the worker and their "
                        "employer."
                    ),
                    "themes": ["mental-health"],
                    "descriptors": {
                        "informed": (
                            "Recognises signs of stress, burnout and vicarious trauma in "
                            "themselves, and knows what supervision and support they can use."
                        ),
                        "skilled": (
                            "Prepares for and uses regular supervision to reflect on their "
                            "work, and raises caseload pressure before it becomes a crisis. "
                            "Takes part in peer support with other link workers."
                        ),
                        "enhanced": (
                            "Keeps a busy, complex caseload manageable over time, including "
                            "when covering several practices, and supports newer colleagues "
                            "informally or as a buddy."
                        ),
                        "specialist": (
                            "Provides or organises reflective supervision and peer support for "
                            "others, and argues across the programme for manageable caseloads, "
                            "protected time and secure contracts."
                        ),
                    },
                },
                {
                    "code": "5.4",
                    "title": "Lone working and managing risk",
                    "description": (
                        "Working safely when seeing people alone, out in the community or at "
                        "home, and weighing up risks to the person, the worker and others. This "
                        "includes following lone working procedures and planning group outings "
                        "with safety in mind."
                    ),
                    "themes": ["alcohol-drugs"],
                    "descriptors": {
                        "informed": (
                            "Knows and follows the employer's lone working policy, including "
                            "checking in and out, and knows what to do if they feel unsafe."
                        ),
                        "skilled": (
                            "Thinks through risk before home visits, accompanied appointments "
                            "and community outings and plans for it. Reports and records "
                            "incidents and near misses."
                        ),
                        "enhanced": (
                            "Judges and manages risk when things are uncertain, for example "
                            "when someone is in crisis, intoxicated or aggressive, and completes "
                            "risk assessments for group activities such as health walks and "
                            "day trips."
                        ),
                        "specialist": (
                            "Reviews and improves programme policies on lone working and risk, "
                            "and agrees shared safety arrangements with practices and partners, "
                            "including for remote and rural work."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------ domain 6
        {
            "code": "6",
            "title": "Evaluation and sharing learning",
            "description": (
                "Good evidence helps link work to be understood, funded and improved. This "
                "domain covers recording what changes for people, taking part in evaluation, "
                "and sharing what link workers learn with their teams, programmes and the "
                "national network."
            ),
            "competencies": [
                {
                    "code": "6.1",
                    "title": "Recording outcomes",
                    "description": (
                        "Recording what changes for people through link work, using the "
                        "programme's agreed measures and, above all, people's own account of "
                        "what helped. Good recording supports each person's care and the wider "
                        "evaluation."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Understands why outcomes are recorded and which information the "
                            "programme collects, such as referral source, reason for referral "
                            "and onward connections."
                        ),
                        "skilled": (
                            "Records outcomes consistently, including goals met, connections "
                            "made and wellbeing scores from tools such as SWEMWBS, and explains "
                            "them to people so the measures do not feel like a test."
                        ),
                        "enhanced": (
                            "Captures softer outcomes and people's own words alongside the "
                            "numbers, and records deprivation (for example SIMD) and unmet need "
                            "so that patterns become visible."
                        ),
                        "specialist": (
                            "Shapes the programme's outcome measures, balancing consistency "
                            "with other programmes against local flexibility, and keeps "
                            "recording proportionate and useful to link workers."
                        ),
                    },
                },
                {
                    "code": "6.2",
                    "title": "Evaluation and evidence",
                    "description": (
                        "Knowing the evidence about community link working, taking part in "
                        "evaluation and using what it shows to improve practice. This includes "
                        "being able to explain the difference link work makes to practices, "
                        "commissioners and funders."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Knows the main Scottish evidence on link work, such as the "
                            "evaluations of the Glasgow Links Worker Programme and the "
                            "Essential Connections research, and understands its limits."
                        ),
                        "skilled": (
                            "Takes part in programme evaluation, collects data carefully and, "
                            "with consent, writes short case studies that show what happened "
                            "and why."
                        ),
                        "enhanced": (
                            "Looks at data from their own caseload or team to spot trends and "
                            "chances to improve, and uses evidence confidently when describing "
                            "the role to practices and partners."
                        ),
                        "specialist": (
                            "Designs or leads evaluation, including with universities or public "
                            "health teams, and helps the network work towards a small set of "
                            "measures shared across Scotland."
                        ),
                    },
                },
                {
                    "code": "6.3",
                    "title": "Sharing learning with the network",
                    "description": (
                        "Passing on what link workers learn to colleagues, practices, partners "
                        "and the Scottish Community Link Worker Network, so that good practice "
                        "spreads and the profession grows. It also means feeding community "
                        "issues back to planners."
                    ),
                    "themes": [],
                    "descriptors": {
                        "informed": (
                            "Knows about the Scottish Community Link Worker Network and other "
                            "ways to learn from peers, such as team meetings, online events and "
                            "learning platforms."
                        ),
                        "skilled": (
                            "Shares useful contacts, resources and experience at team meetings "
                            "and local forums, and joins network events."
                        ),
                        "enhanced": (
                            "Presents examples of practice to practice teams, locality groups "
                            "or network events, and helps induct or mentor new link workers."
                        ),
                        "specialist": (
                            "Leads learning for the wider network, for example through national "
                            "events, training materials, this framework or responses to "
                            "consultations, and represents link workers in national "
                            "discussions about the future of the role."
                        ),
                    },
                },
            ],
        },
    ],
}


GAELIC = {
    # -------------------------------------------------------------- framework
    "Community Link Worker competency framework for Scotland": (
        "Frèam chomasan airson Oibrichean Ceangail Coimhearsnachd ann an Alba"
    ),
    (
        "<p>This is the first shared competency framework for community link workers (CLWs) in "
        "Scotland. It describes the knowledge, skills and behaviours link workers draw on in GP "
        "practices every day: listening to what matters to people, helping them with money, "
        "housing, loneliness, mental health and the effects of trauma, and connecting them with "
        "support in their own communities. It has been shaped by link workers, programme "
        "managers and partners across the Scottish Community Link Worker Network.</p>"
        "<p>The framework is for link workers at every stage, from their first weeks in post to "
        "those with many years' experience, and for the people around them: line managers and "
        "supervisors, GP practice teams, health and social care partnerships, and the "
        "third-sector organisations that employ most link workers. You can use it to reflect "
        "on your practice, plan learning and supervision, explain the role to colleagues and "
        "make the case for development.</p>"
        "<p>The framework has six domains, each with a small number of competencies. Every "
        "competency is described at the four practice levels used by NHS Education for "
        "Scotland: Informed, Skilled, Enhanced and Specialist. The levels are cumulative, so "
        "each one includes everything described at the levels before it. Most link workers will "
        "be Skilled or Enhanced in most areas, and few will be Specialist in every competency. "
        "The levels describe practice, not job grades or pay bands.</p>"
    ): (
        "<p>Seo a' chiad frèam chomasan co-roinnte airson oibrichean ceangail coimhearsnachd "
        "(CLWs) ann an Alba. Tha e a' mìneachadh an eòlais, nan sgilean agus a' ghiùlain air am "
        "bi oibrichean ceangail a' tarraing gach latha ann an lannsaichean dhotairean: ag "
        "èisteachd ris na tha cudromach do dhaoine, gan cuideachadh le airgead, taigheadas, "
        "aonaranachd, slàinte inntinn agus buaidh trauma, agus gan ceangal ri taic anns na "
        "coimhearsnachdan aca fhèin. Chaidh a chumadh le oibrichean ceangail, manaidsearan "
        "phrògraman agus com-pàirtichean air feadh Lìonra Oibrichean Ceangail Coimhearsnachd "
        "na h-Alba.</p>"
        "<p>Tha am frèam airson oibrichean ceangail aig gach ìre, bhon chiad seachdainean aca "
        "san dreuchd gu feadhainn le mòran bhliadhnaichean de dh'eòlas, agus airson nan daoine "
        "mun cuairt orra: manaidsearan loidhne agus luchd-stiùiridh, sgiobaidhean lannsa, "
        "com-pàirteachasan slàinte is cùraim shòisealta, agus na buidhnean san treas roinn a "
        "tha a' fastadh a' mhòr-chuid de dh'oibrichean ceangail. Faodaidh tu a chleachdadh gus "
        "meòrachadh air do chleachdadh, ionnsachadh agus stiùireadh a dhealbhadh, an dreuchd a "
        "mhìneachadh do cho-obraichean agus argamaid a dhèanamh airson leasachaidh.</p>"
        "<p>Tha sia raointean anns an fhrèam, le àireamh bheag de chomasan anns gach fear. Tha "
        "gach comas air a mhìneachadh aig na ceithir ìrean cleachdaidh a bhios Foghlam NHS na "
        "h-Alba a' cleachdadh: Fiosraichte, Sgileil, Adhartaichte agus Speisealta. Tha na "
        "h-ìrean cruinneachail, agus mar sin tha gach ìre a' gabhail a-steach a h-uile càil a "
        "tha air a mhìneachadh aig na h-ìrean roimhe. Bidh a' mhòr-chuid de dh'oibrichean "
        "ceangail aig ìre Sgileil no Adhartaichte anns a' mhòr-chuid de raointean, agus cha bhi "
        "ach beagan aig ìre Speisealta anns gach comas. Tha na h-ìrean a' toirt cunntas air "
        "cleachdadh, chan ann air ìrean obrach no bannan pàighidh.</p>"
    ),
    # -------------------------------------------------------------- levels
    "Informed": "Fiosraichte",
    "Skilled": "Sgileil",
    "Enhanced": "Adhartaichte",
    "Specialist": "Speisealta",
    (
        "The baseline every link worker starts from, and what anyone working alongside "
        "link workers should know. You understand what the competency involves and know "
        "when and where to ask for help."
    ): (
        "An ìre bhunaiteach às am bi gach oibriche ceangail a' tòiseachadh, agus na bu chòir "
        "fios a bhith aig neach sam bith a tha ag obair còmhla ri oibrichean ceangail. Tha thu "
        "a' tuigsinn dè tha an comas a' gabhail a-steach agus tha fios agad cuin agus càite an "
        "iarr thu cuideachadh."
    ),
    (
        "The level expected of a link worker who holds their own caseload. You use the "
        "competency routinely and with confidence in your one-to-one work."
    ): (
        "An ìre ris a bheilear an dùil bho oibriche ceangail aig a bheil a chùisean fhèin ri "
        "làimhseachadh. Bidh thu a' cleachdadh a' chomais gu cunbhalach agus le misneachd nad "
        "obair aon-ri-aon."
    ),
    (
        "For experienced link workers who handle complex situations with little "
        "guidance. You adapt your approach to the person and the setting and help "
        "colleagues and practice teams to develop."
    ): (
        "Airson oibrichean ceangail eòlach a bhios a' làimhseachadh shuidheachaidhean "
        "iom-fhillte gun mhòran stiùiridh. Bidh thu ag atharrachadh do dhòigh-obrach a rèir "
        "an neach agus an t-suidheachaidh, agus a' cuideachadh cho-obraichean agus "
        "sgiobaidhean lannsa gus fàs."
    ),
    (
        "For link workers who lead practice across a team, a programme or the wider "
        "network. You shape how the work is done, support others to grow, and influence "
        "services, policy and evidence beyond your own caseload."
    ): (
        "Airson oibrichean ceangail a bhios a' stiùireadh cleachdadh thar sgioba, prògram no "
        "an lìonra nas fharsainge. Bidh thu a' cumadh mar a thèid an obair a dhèanamh, a' "
        "cuideachadh dhaoine eile gus fàs, agus a' toirt buaidh air seirbheisean, poileasaidh "
        "agus fianais taobh a-muigh do chùisean fhèin."
    ),
    # -------------------------------------------------------------- domain 1
    "Person-centred practice and good conversations": (
        "Cleachdadh stèidhichte air an neach agus deagh chòmhraidhean"
    ),
    (
        "Link work starts with the person rather than the reason on the referral. This "
        "domain covers how link workers earn trust, hold conversations about what really "
        "matters to someone, and agree realistic next steps at a pace that feels safe."
    ): (
        "Bidh obair ceangail a' tòiseachadh leis an neach seach leis an adhbhar a tha air an "
        "tar-chur. Tha an raon seo a' coimhead air mar a bhios oibrichean ceangail a' cosnadh "
        "earbsa, a' cumail chòmhraidhean mu na tha fìor chudromach do chuideigin, agus ag "
        "aontachadh ceuman reusanta aig astar a tha a' faireachdainn sàbhailte."
    ),
    "Building trust and rapport": "A' togail earbsa agus dàimh",
    (
        "Creating a warm, non-judgemental relationship in which people feel safe "
        "enough to talk about their lives. Many people referred have had poor "
        "experiences of services, so trust can take several meetings and the "
        "door has to stay open."
    ): (
        "A' cruthachadh dàimh bhlàth gun bhreitheanas anns am bi daoine a' faireachdainn "
        "sàbhailte gu leòr airson bruidhinn mu am beatha. Tha droch eòlas air seirbheisean air "
        "a bhith aig mòran dhaoine a thèid a chur thugainn, agus mar sin faodaidh grunn "
        "choinneamhan a dhol seachad mus tig earbsa, agus feumaidh an doras fuireach fosgailte."
    ),
    "Good conversations about what matters to the person": (
        "Deagh chòmhraidhean mu na tha cudromach don neach"
    ),
    (
        "Using open, unhurried conversations to help people explore what is "
        "happening in their lives and what matters most to them, instead of "
        "starting from a menu of services. The person sets the agenda and "
        "should leave feeling heard."
    ): (
        "A' cleachdadh chòmhraidhean fosgailte gun chabhaig gus daoine a chuideachadh a' "
        "rannsachadh na tha a' tachairt nam beatha agus na tha as cudromaiche dhaibh, an àite "
        "tòiseachadh le liosta sheirbheisean. Is e an neach a bhios a' suidheachadh a' "
        "chlàr-ghnothaich, agus bu chòir dha falbh a' faireachdainn gun deach èisteachd ris."
    ),
    "Agreeing goals and action plans": "Ag aontachadh amasan agus phlanaichean-gnìomha",
    (
        "Turning what matters to the person into goals and steps they can "
        "manage, then looking at progress together. The plan belongs to the "
        "person, builds on what they already have going for them, and the end "
        "of support is agreed rather than imposed."
    ): (
        "A' tionndadh na tha cudromach don neach gu amasan agus ceuman as urrainn dhaibh a "
        "làimhseachadh, agus an uair sin a' coimhead air adhartas còmhla. Is ann leis an neach "
        "a tha am plana, tha e a' togail air na neartan a th' aca mu thràth, agus thèid crìoch "
        "na taic aontachadh seach a sparradh."
    ),
    "Trauma-informed practice": "Cleachdadh fiosraichte mu thrauma",
    (
        "Recognising how trauma and adversity, such as childhood abuse, domestic "
        "abuse, bereavement and long-term poverty, can affect people's health, "
        "behaviour and trust in services. Working in ways that offer safety, "
        "choice and control and avoid causing further harm."
    ): (
        "Ag aithneachadh mar a dh'fhaodas trauma agus cruaidh-chàs, leithid droch-dhìol ann "
        "an òige, droch-dhìol san dachaigh, call agus bochdainn fhada, buaidh a thoirt air "
        "slàinte dhaoine, an giùlan agus an earbsa ann an seirbheisean. Ag obair ann an dòighean "
        "a bheir sàbhailteachd, roghainn agus smachd agus a sheachnas tuilleadh cron."
    ),
    # -------------------------------------------------------------- domain 2
    "Connecting people with community assets": "A' ceangal dhaoine ri maoin coimhearsnachd",
    (
        "Link workers help people reach groups, services and activities that can make a "
        "real difference to their lives. This domain covers knowing what a community "
        "has to offer, supporting people to take that support up, and working with "
        "community organisations as partners."
    ): (
        "Bidh oibrichean ceangail a' cuideachadh dhaoine a' ruighinn bhuidhnean, sheirbheisean "
        "agus ghnìomhachdan a dh'fhaodas fìor eadar-dhealachadh a dhèanamh nam beatha. Tha an "
        "raon seo a' coimhead air eòlas air na tha aig coimhearsnachd ri thairgsinn, taic do "
        "dhaoine gus an taic sin a ghabhail, agus obair le buidhnean coimhearsnachd mar "
        "chom-pàirtichean."
    ),
    "Knowing local community assets (asset mapping)": (
        "Eòlas air maoin na coimhearsnachd ionadail (mapadh maoin)"
    ),
    (
        "Finding out what a community has to offer: clubs, charities, food "
        "pantries, advice services, faith groups, activities and informal "
        "networks as well as statutory services. Good asset mapping means "
        "meeting people and visiting places, not only keeping a list."
    ): (
        "A' faighinn a-mach dè a tha aig coimhearsnachd ri thairgsinn: clubaichean, "
        "carthannais, pantraidhean bìdh, seirbheisean comhairle, buidhnean creideimh, "
        "gnìomhachdan agus lìonraidhean neo-fhoirmeil a bharrachd air seirbheisean "
        "reachdail. Tha deagh mhapadh maoin a' ciallachadh coinneachadh ri daoine agus "
        "tadhal air àiteachan, chan e a-mhàin liosta a chumail."
    ),
    "Making and supporting onward connections": (
        "A' dèanamh agus a' cumail taic ri ceanglaichean air adhart"
    ),
    (
        "Helping people reach the support that suits them, not simply whichever "
        "service has a space. That may mean a warm introduction, going along to "
        "a first visit, or staying alongside someone while they wait, so that a "
        "referral turns into a real connection."
    ): (
        "A' cuideachadh dhaoine a' ruighinn na taic a tha freagarrach dhaibh, chan e dìreach "
        "seirbheis sam bith aig a bheil àite. Faodaidh sin a bhith a' ciallachadh "
        "ro-ràdh blàth, a dhol còmhla riutha chun a' chiad choinneimh, no fuireach ri taobh "
        "cuideigin fhad 's a tha iad a' feitheamh, gus am fàs tar-chur na fhìor cheangal."
    ),
    "Keeping community knowledge current": "A' cumail eòlas coimhearsnachd ùraichte",
    (
        "Community support changes all the time: funding runs out, groups move, "
        "pause or close, and new ones appear. Link workers keep their own "
        "knowledge up to date and make sure colleagues and practices are not "
        "relying on old information."
    ): (
        "Bidh taic coimhearsnachd ag atharrachadh fad na h-ùine: bidh maoineachadh a' "
        "ruith a-mach, bidh buidhnean a' gluasad, a' stad no a' dùnadh, agus bidh feadhainn "
        "ùra a' nochdadh. Bidh oibrichean ceangail a' cumail an eòlais aca fhèin ùraichte "
        "agus a' dèanamh cinnteach nach eil co-obraichean agus lannsaichean an urra ri "
        "seann fhiosrachadh."
    ),
    "Building relationships with community organisations": (
        "A' togail dhàimhean le buidhnean coimhearsnachd"
    ),
    (
        "Working with community and third-sector organisations as equal "
        "partners, with referrals and understanding flowing both ways. Strong "
        "relationships make introductions easier and can grow into new joint "
        "activity for the area."
    ): (
        "Ag obair le buidhnean coimhearsnachd agus buidhnean san treas roinn mar "
        "chom-pàirtichean co-ionann, le tar-chuir agus tuigse a' sruthadh an dà rathad. Bidh "
        "dàimhean làidir a' dèanamh ro-ràdh nas fhasa agus faodaidh iad fàs gu gnìomhachd "
        "ùr choitcheann airson na sgìre."
    ),
    # -------------------------------------------------------------- domain 3
    "Working within general practice and the multidisciplinary team": (
        "Ag obair taobh a-staigh lannsa an dotair agus an sgioba ioma-dhreuchdail"
    ),
    (
        "Link workers belong to the wider practice team, even when a third-sector "
        "organisation employs them. This domain covers how general practice works, how "
        "people are referred to link workers, helping practices become better connected "
        "to their communities, and handling records and information properly."
    ): (
        "Buinidh oibrichean ceangail do sgioba farsaing an lannsa, fiù 's nuair a tha "
        "buidheann san treas roinn gam fastadh. Tha an raon seo a' coimhead air mar a tha "
        "lannsaichean dhotairean ag obair, mar a thèid daoine a chur gu oibrichean ceangail, "
        "cuideachadh lannsaichean gus a bhith nas dlùithe ris na coimhearsnachdan aca, agus "
        "làimhseachadh cheart air clàran agus fiosrachadh."
    ),
    "Understanding general practice and primary care": (
        "A' tuigsinn lannsaichean dhotairean agus cùram bunaiteach"
    ),
    (
        "Knowing how GP practices are organised, who does what in the "
        "multidisciplinary team, and the pressures practices are under. This "
        "helps link workers fit in, work well with clinicians and show where a "
        "non-clinical role adds value."
    ): (
        "Eòlas air mar a tha lannsaichean dhotairean air an eagrachadh, cò a nì dè anns an "
        "sgioba ioma-dhreuchdail, agus an cuideam a tha orra. Tha seo a' cuideachadh "
        "oibrichean ceangail gus àite a lorg san sgioba, obrachadh gu math le luchd-leighis "
        "agus sealltainn far a bheil dreuchd neo-chlìnigeach a' cur ri luach."
    ),
    "Referral routes, including self-referral": (
        "Slighean tar-chuir, a' gabhail a-steach fèin-thar-chur"
    ),
    (
        "Understanding and managing the ways people reach a link worker: through "
        "GPs, nurses, receptionists and care navigators, other services, or by "
        "asking for themselves. Clear routes help the right people get support "
        "without delay."
    ): (
        "A' tuigsinn agus a' stiùireadh nan dòighean anns an ruig daoine oibriche ceangail: "
        "tro dhotairean teaghlaich, nursaichean, luchd-fàilteachaidh agus stiùirichean "
        "cùraim, seirbheisean eile, no le bhith ga iarraidh iad fhèin. Bidh slighean soilleir "
        "a' cuideachadh nan daoine ceart gus taic fhaighinn gun dàil."
    ),
    "Practice development": "Leasachadh lannsa",
    (
        "Helping the whole practice team become more connected to its "
        "community: aware of local support, confident to signpost and alert to "
        "the social side of health. In some programmes it also includes "
        "supporting the wellbeing of practice staff."
    ): (
        "A' cuideachadh sgioba an lannsa air fad gus a bhith nas dlùithe ris a' "
        "choimhearsnachd aige: mothachail air taic ionadail, misneachail a bhith a' stiùireadh "
        "dhaoine gu taic, agus furachail mu thaobh sòisealta na slàinte. Ann an cuid de "
        "phrògraman tha e cuideachd a' gabhail a-steach taic do shunnd luchd-obrach an "
        "lannsa."
    ),
    "Records and information sharing": "Clàran agus co-roinn fiosrachaidh",
    (
        "Keeping accurate, timely records and sharing information lawfully and "
        "with consent. This includes working in practice systems such as EMIS "
        "or Vision and in programme databases, and feeding back to GPs in ways "
        "that help the person's care."
    ): (
        "A' cumail chlàran ceart, ann an deagh àm, agus a' co-roinn fiosrachadh a rèir an "
        "lagha agus le cead. Tha seo a' gabhail a-steach obair ann an siostaman lannsa mar "
        "EMIS no Vision agus ann an stòran-dàta a' phrògraim, agus fios air ais a thoirt do "
        "dhotairean teaghlaich ann an dòighean a chuidicheas le cùram an neach."
    ),
    # -------------------------------------------------------------- domain 4
    "Health inequalities and the social determinants of health": (
        "Neo-ionannachdan slàinte agus na factaran sòisealta a tha a' cumadh slàinte"
    ),
    (
        "Most link workers are based in practices that serve communities with high "
        "levels of deprivation. This domain covers how income, housing, work and place "
        "shape health, working knowledge of welfare rights and housing, and what "
        "poverty means for practice in Deep End and other communities."
    ): (
        "Tha a' mhòr-chuid de dh'oibrichean ceangail stèidhichte ann an lannsaichean a tha a' "
        "frithealadh choimhearsnachdan le ìrean àrda de dh'easbhaidh. Tha an raon seo a' "
        "coimhead air mar a bhios teachd-a-steach, taigheadas, obair agus àite a' cumadh "
        "slàinte, eòlas practaigeach air còraichean sochair agus taigheadas, agus dè tha "
        "bochdainn a' ciallachadh don obair ann an coimhearsnachdan Deep End agus eile."
    ),
    "The social determinants of health": "Na factaran sòisealta a tha a' cumadh slàinte",
    (
        "Understanding how income, work, housing, education, relationships and "
        "place shape physical and mental health, and why people in the poorest "
        "areas die younger and spend more of their lives in poor health."
    ): (
        "A' tuigsinn mar a bhios teachd-a-steach, obair, taigheadas, foghlam, dàimhean agus "
        "àite a' cumadh slàinte chorporra agus inntinn, agus carson a bhios daoine anns na "
        "sgìrean as bochda a' bàsachadh nas òige agus a' caitheamh barrachd de am beatha ann "
        "an droch shlàinte."
    ),
    "Money, welfare rights and housing": "Airgead, còraichean sochair agus taigheadas",
    (
        "Having enough practical knowledge of benefits, debt, food and fuel "
        "support and housing to spot problems early, help people take the "
        "first steps and link them with expert advice. Link workers are rarely "
        "welfare rights advisers, but more income is often what matters most."
    ): (
        "Eòlas practaigeach gu leòr air sochairean, fiachan, taic le biadh is connadh agus "
        "taigheadas gus duilgheadasan aithneachadh tràth, daoine a chuideachadh leis a' chiad "
        "cheum agus an ceangal ri comhairle eòlaich. Is ann ainneamh a tha oibrichean "
        "ceangail nan comhairlichean air còraichean sochair, ach gu tric is e barrachd "
        "teachd-a-steach an rud as cudromaiche."
    ),
    "Poverty and Deep End practice": "Bochdainn agus obair ann an lannsaichean Deep End",
    (
        "Understanding poverty and its effects in Scotland's most deprived "
        "communities, including those served by Deep End practices, and in "
        "hidden rural poverty. Working in a way that reduces stigma and does "
        "not add to the barriers people already face."
    ): (
        "A' tuigsinn bochdainn agus a buaidh anns na coimhearsnachdan as bochda ann an Alba, "
        "nam measg an fheadhainn a tha lannsaichean Deep End a' frithealadh, agus ann am "
        "bochdainn fhalaichte na dùthcha. Ag obair ann an dòigh a lùghdaicheas stiogma agus "
        "nach cuir ris na cnapan-starra a tha romh dhaoine mu thràth."
    ),
    # -------------------------------------------------------------- domain 5
    "Safeguarding, boundaries and the worker's own wellbeing": (
        "Dìon, crìochan agus sunnd an neach-obrach fhèin"
    ),
    (
        "Link workers often hear about harm, crisis and risk, and may support people for "
        "long periods. This domain covers protecting adults and children, keeping clear "
        "professional boundaries, working safely, and looking after their own "
        "wellbeing through supervision and peer support."
    ): (
        "Gu tric cluinnidh oibrichean ceangail mu chron, èiginn agus cunnart, agus dh'fhaodadh "
        "iad taic a thoirt do dhaoine airson ùine mhòr. Tha an raon seo a' coimhead air dìon "
        "inbheach agus chloinne, cumail chrìochan proifeasanta soilleir, obair shàbhailte, "
        "agus coimhead às dèidh an sunnd fhèin tro stiùireadh proifeasanta agus taic bho "
        "cho-obraichean."
    ),
    "Adult and child protection": "Dìon inbheach agus chloinne",
    (
        "Recognising signs that an adult or child may be at risk of harm, "
        "including domestic abuse, exploitation, neglect and risk of suicide, "
        "and acting promptly under local adult support and protection and child "
        "protection procedures."
    ): (
        "Ag aithneachadh chomharran gum faodadh inbheach no leanabh a bhith ann an cunnart "
        "cron, a' gabhail a-steach droch-dhìol san dachaigh, brath, dearmad agus cunnart "
        "fèin-mhurt, agus a' dèanamh gnìomh gun dàil a rèir modhan-obrach ionadail airson "
        "taic is dìon inbheach agus dìon chloinne."
    ),
    "Professional boundaries": "Crìochan proifeasanta",
    (
        "Keeping clear, safe boundaries in working relationships that can be "
        "long and close. This means being honest about the limits of the role, "
        "avoiding dependence, and handling overlapping relationships in small "
        "communities."
    ): (
        "A' cumail chrìochan soilleir sàbhailte ann an dàimhean obrach a dh'fhaodas a bhith "
        "fada agus dlùth. Tha seo a' ciallachadh a bhith onarach mu chrìochan na dreuchd, a' "
        "seachnadh eisimeileachd, agus a' làimhseachadh dhàimhean a tha a' dol thar a chèile "
        "ann an coimhearsnachdan beaga."
    ),
    "Own wellbeing and supervision": "Do shunnd fhèin agus stiùireadh proifeasanta",
    (
        "Looking after one's own wellbeing in emotionally heavy work, managing "
        "caseload pressure and making good use of supervision and peer support. "
        "Worker wellbeing is the shared responsibility of the worker and their "
        "employer."
    ): (
        "A' coimhead às dèidh do shunnd fhèin ann an obair a tha trom a thaobh nam "
        "faireachdainnean, a' làimhseachadh cuideam nan cùisean, agus a' dèanamh deagh fheum "
        "de stiùireadh proifeasanta agus taic bho cho-obraichean. Is e uallach co-roinnte an "
        "neach-obrach agus an fhastaiche a th' ann an sunnd an luchd-obrach."
    ),
    "Lone working and managing risk": "Obair nad aonar agus stiùireadh cunnairt",
    (
        "Working safely when seeing people alone, out in the community or at "
        "home, and weighing up risks to the person, the worker and others. This "
        "includes following lone working procedures and planning group outings "
        "with safety in mind."
    ): (
        "Ag obair gu sàbhailte nuair a bhios tu a' coinneachadh ri daoine nad aonar, a-muigh "
        "sa choimhearsnachd no aig an taigh, agus a' tomhas chunnartan don neach, don "
        "neach-obrach agus do dhaoine eile. Tha seo a' gabhail a-steach a bhith a' leantainn "
        "mhodhan-obrach airson obair nad aonar agus a' dealbhadh chuairtean buidhne le "
        "sàbhailteachd nad inntinn."
    ),
    # -------------------------------------------------------------- domain 6
    "Evaluation and sharing learning": "Measadh agus co-roinn ionnsachaidh",
    (
        "Good evidence helps link work to be understood, funded and improved. This "
        "domain covers recording what changes for people, taking part in evaluation, "
        "and sharing what link workers learn with their teams, programmes and the "
        "national network."
    ): (
        "Bidh deagh fhianais a' cuideachadh obair ceangail gus a bhith air a tuigsinn, air a "
        "maoineachadh agus air a leasachadh. Tha an raon seo a' coimhead air clàradh nan "
        "atharrachaidhean do dhaoine, pàirt a ghabhail ann am measadh, agus co-roinn na tha "
        "oibrichean ceangail ag ionnsachadh leis na sgiobaidhean agus na prògraman aca agus "
        "leis an lìonra nàiseanta."
    ),
    "Recording outcomes": "Clàradh bhuilean",
    (
        "Recording what changes for people through link work, using the "
        "programme's agreed measures and, above all, people's own account of "
        "what helped. Good recording supports each person's care and the wider "
        "evaluation."
    ): (
        "A' clàradh na tha ag atharrachadh do dhaoine tro obair ceangail, a' cleachdadh "
        "nan tomhasan a chaidh aontachadh sa phrògram agus, os cionn gach nì, cunntas nan "
        "daoine fhèin air na chuidich iad. Bidh deagh chlàradh a' cur taic ri cùram gach "
        "neach agus ris a' mheasadh nas fharsainge."
    ),
    "Evaluation and evidence": "Measadh agus fianais",
    (
        "Knowing the evidence about community link working, taking part in "
        "evaluation and using what it shows to improve practice. This includes "
        "being able to explain the difference link work makes to practices, "
        "commissioners and funders."
    ): (
        "Eòlas air an fhianais mu obair ceangail coimhearsnachd, pàirt a ghabhail ann am "
        "measadh agus na tha e a' sealltainn a chleachdadh gus an obair a leasachadh. Tha seo "
        "a' gabhail a-steach a bhith comasach air an diofar a tha obair ceangail a' dèanamh a "
        "mhìneachadh do lannsaichean, do bharantaichean agus do mhaoinichean."
    ),
    "Sharing learning with the network": "Co-roinn ionnsachaidh leis an lìonra",
    (
        "Passing on what link workers learn to colleagues, practices, partners "
        "and the Scottish Community Link Worker Network, so that good practice "
        "spreads and the profession grows. It also means feeding community "
        "issues back to planners."
    ): (
        "A' toirt seachad na tha oibrichean ceangail ag ionnsachadh do cho-obraichean, "
        "lannsaichean, com-pàirtichean agus Lìonra Oibrichean Ceangail Coimhearsnachd na "
        "h-Alba, gus an sgaoil deagh chleachdadh agus gus am fàs an dreuchd. Tha e cuideachd "
        "a' ciallachadh a bhith a' toirt cùisean coimhearsnachd air ais gu luchd-dealbhaidh."
    ),
}


SELF_ASSESSMENTS = [
    {
        "months_ago": 7,
        "ratings": {
            "1.1": (
                "skilled",
                "People seem to open up to me, but I lose touch with those who miss appointments.",
            ),
            "1.2": ("informed", "I still fall back on my referral checklist too quickly."),
            "1.3": ("informed", ""),
            "1.4": ("informed", "Only done the introductory trauma module so far."),
            "2.1": ("informed", "Three months in and still learning the area."),
            "2.2": ("skilled", ""),
            "2.3": ("informed", ""),
            "2.4": (None, "Haven't had time to visit many local groups yet."),
            "3.1": ("informed", ""),
            "3.2": ("skilled", ""),
            "3.3": (None, "Not started on this."),
            "3.4": ("informed", "Still finding my way round EMIS."),
            "4.1": ("informed", ""),
            "4.2": (
                "informed",
                "I need to know far more about benefits, especially disability payments.",
            ),
            "4.3": ("informed", ""),
            "5.1": ("informed", ""),
            "5.2": ("skilled", ""),
            "5.3": ("informed", "My caseload feels heavy and I'm not sure how to raise it."),
            "5.4": ("skilled", ""),
            "6.1": ("informed", ""),
            "6.2": (None, ""),
            "6.3": (None, ""),
        },
    },
    {
        "months_ago": 2,
        "ratings": {
            "1.1": (
                "enhanced",
                "Stuck with a man who had walked away from three other services; "
                "he now comes every fortnight.",
            ),
            "1.2": ("skilled", "I open with 'what matters to you?' now and it feels natural."),
            "1.3": ("skilled", ""),
            "1.4": ("skilled", "Completed the skilled-level trauma training in the spring."),
            "2.1": ("skilled", "Visited about twenty groups, the food pantry and the men's shed."),
            "2.2": ("skilled", "Doing more accompanied first visits."),
            "2.3": ("skilled", ""),
            "2.4": ("skilled", "Co-running the Tuesday health walk with a local charity."),
            "3.1": ("skilled", ""),
            "3.2": ("skilled", ""),
            "3.3": ("skilled", "Spoke at the practice meeting in March; keen to do more."),
            "3.4": ("skilled", ""),
            "4.1": ("skilled", ""),
            "4.2": ("skilled", "Welfare rights training helped; I refer to advice much sooner."),
            "4.3": ("skilled", ""),
            "5.1": (
                "skilled",
                "Made my first adult protection referral, with my manager's support.",
            ),
            "5.2": ("skilled", ""),
            "5.3": ("skilled", "Monthly supervision is in place and I've joined a peer group."),
            "5.4": ("skilled", ""),
            "6.1": ("skilled", "Using SWEMWBS at first and last meetings."),
            "6.2": ("informed", ""),
            "6.3": ("informed", "Went to my first network online event."),
        },
    },
]
