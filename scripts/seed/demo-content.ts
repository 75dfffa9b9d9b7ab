// Demo content written for Rapport: boards, members, and threads in English and Korean.
export type DemoUser = { username: string; name: string; role?: "member" | "moderator" | "admin"; daysAgo: number };
export type DemoBoard = { slug: string; name: string; description: string; postingRole?: "member" | "moderator" };
export type DemoComment = { author: string; body: string; minutesAfter: number; replies?: DemoComment[] };
export type DemoPost = {
  board: string; // a DemoBoard slug
  author: string; // a DemoUser username
  title: string;
  body: string; // Markdown
  daysAgo: number; // how long ago it was posted (fractions allowed)
  views: number;
  pinned?: boolean;
  comments?: DemoComment[];
};

export const demoUsers: DemoUser[] = [
  { username: "mod_sora", name: "Sora Han", role: "moderator", daysAgo: 380 },
  { username: "minji_kim", name: "김민지", daysAgo: 310 },
  { username: "dev-ollie", name: "Ollie Bennett", daysAgo: 260 },
  { username: "한솔이", name: "이한솔", daysAgo: 225 },
  { username: "jaehyun_p", name: "Jaehyun Park", daysAgo: 190 },
  { username: "달리는곰", name: "최서연", daysAgo: 155 },
  { username: "priya_runs", name: "Priya Nair", daysAgo: 130 },
  { username: "고양이집사", name: "정유나", daysAgo: 98 },
  { username: "tomasz_w", name: "Tomasz Wolski", daysAgo: 84 },
  { username: "lena-reads", name: "Lena Fischer", daysAgo: 66 },
];

export const demoBoards: DemoBoard[] = [
  {
    slug: "notice",
    name: "Notice",
    description: "Announcements and updates from the Rapport team. Rapport 운영진의 공지와 소식을 전해요.",
    postingRole: "moderator",
  },
  {
    slug: "health",
    name: "Health",
    description:
      "Share how you look after your sleep, exercise, and mental health. 수면, 운동, 마음 건강을 챙기는 이야기를 나눠요.",
  },
  {
    slug: "free",
    name: "Free talk",
    description: "Talk about anything. 무엇이든 자유롭게 이야기해요.",
  },
  {
    slug: "qna",
    name: "Q&A",
    description: "Ask questions and help each other with answers. 궁금한 것을 묻고 서로 답해 줘요.",
  },
];

export const demoPosts: DemoPost[] = [
  // ---------------------------------------------------------------- notice
  {
    board: "notice",
    author: "mod_sora",
    title: "Welcome to Rapport! Please read the board rules / 게시판 이용 규칙 안내",
    pinned: true,
    daysAgo: 60,
    views: 3980,
    body: `Hi everyone, and welcome! Rapport is a small, friendly board for talking about health, everyday life, and whatever questions come up along the way. A few ground rules help keep it that way.

## Board rules

1. **Be kind.** Disagree with ideas, not with people. No insults, harassment, or pile-ons.
2. **Use the right board.** Health talk goes in *Health*, questions in *Q&A*, and everything else in *Free talk*.
3. **Share experience, not diagnoses.** Personal stories are welcome, but for anything serious please talk to a professional.
4. **No spam or self-promotion** without asking a moderator first.
5. **Respect privacy.** Don't post other people's personal information or photos without their permission.
6. **Report, don't retaliate.** If something looks wrong, use the report button and we'll take a look.

> Write in English, Korean, or both. Everyone is welcome here.

## 게시판 규칙

안녕하세요, Rapport에 오신 것을 환영합니다! 건강, 일상, 그리고 살면서 생기는 궁금한 것들을 편하게 나누는 작은 커뮤니티예요. 모두가 기분 좋게 이용할 수 있도록 몇 가지만 지켜 주세요.

1. **서로 존중해 주세요.** 의견에는 얼마든지 반대할 수 있지만, 사람을 공격하지는 말아 주세요.
2. **게시판 주제를 지켜 주세요.** 건강 이야기는 *Health*, 질문은 *Q&A*, 나머지는 *Free talk*에 올려 주세요.
3. **진단 대신 경험을 나눠 주세요.** 경험 공유는 언제나 환영이지만, 건강 문제는 꼭 전문가와 상담하세요.
4. **광고와 홍보는 안 돼요.** 꼭 필요하다면 먼저 운영진에게 문의해 주세요.
5. **개인정보를 지켜 주세요.** 다른 사람의 정보나 사진을 허락 없이 올리지 마세요.
6. **맞대응 대신 신고해 주세요.** 문제가 있어 보이면 신고 버튼을 눌러 주세요. 운영진이 확인할게요.

> 영어, 한국어, 혹은 둘을 섞어서 써도 괜찮아요. 누구나 환영합니다.

Questions? Leave a comment below or send a message to @mod_sora. 궁금한 점은 댓글로 편하게 남겨 주세요!`,
    comments: [
      { author: "minji_kim", body: "반갑습니다! 앞으로 잘 부탁드려요 :)", minutesAfter: 30 },
      {
        author: "dev-ollie",
        body: "Thanks for setting this up. Is there a way to preview Markdown before posting?",
        minutesAfter: 95,
        replies: [
          {
            author: "mod_sora",
            body: "Yes, there's a **Preview** tab right above the editor.",
            minutesAfter: 140,
            replies: [{ author: "dev-ollie", body: "Found it, thanks!", minutesAfter: 162 }],
          },
        ],
      },
      { author: "tomasz_w", body: "Happy to be here. Nice and clear rules.", minutesAfter: 610 },
    ],
  },
  {
    board: "notice",
    author: "mod_sora",
    title: "[안내] 이번 주 토요일 새벽 서버 점검",
    daysAgo: 12.5,
    views: 842,
    body: `안녕하세요, 운영진 소라입니다.

서비스 안정화를 위해 **이번 주 토요일 새벽 2시부터 4시까지** 서버 점검을 진행합니다. 점검 중에는 글쓰기와 댓글 작성이 잠시 멈추고, 읽기만 가능할 수 있어요.

- 점검 시간: 토요일 02:00 ~ 04:00 (한국 시간)
- 영향: 글·댓글 작성 불가, 로그인 일시 중단 가능
- 작성 중인 글은 미리 복사해 두시는 걸 추천드려요

점검이 일찍 끝나면 이 글에 바로 업데이트할게요. 불편을 드려 죄송하고, 늘 이용해 주셔서 감사합니다.

*(English: a short maintenance window this Saturday, 2 to 4 AM KST. Reading should still work.)*`,
  },

  // ---------------------------------------------------------------- health
  {
    board: "health",
    author: "priya_runs",
    title: "What actually helped my sleep (a slow, unglamorous list)",
    daysAgo: 41.2,
    views: 2710,
    body: `For most of last year I was sleeping somewhere between five and six hours a night, waking up foggy, and then "fixing" it with a third coffee at 3 PM. Nothing dramatic happened. I just felt like a slightly dimmer version of myself for months. This post is the list of things that helped, in roughly the order I tried them. None of it is clever, and none of it is medical advice. It's simply what worked for one person with a desk job and a noisy street.

## First, what I was doing wrong

I kept a simple notebook for two weeks before changing anything. Just bedtime, wake time, caffeine, and a one-word mood in the morning. Reading it back was humbling:

- My bedtime moved around by up to **three hours** between weeknights and weekends.
- I was drinking coffee after lunch almost every day.
- I was "winding down" by scrolling, which mostly wound me up.
- On bad nights I lay in bed for an hour trying to force sleep.

Writing it down mattered more than I expected. It turned a vague feeling of "I sleep badly" into a few specific habits I could actually work on.

## The changes, one at a time

I tried to change only one thing per week. Changing everything at once felt motivating for about three days and then fell apart, so I stopped doing that.

### 1. A fixed wake-up time

This was the big one. I picked 7:00 and kept it every day, including weekends, even after a late night. The first week was rough. By the third week I was getting sleepy at a reasonable hour without trying, which had honestly never happened to me before.

### 2. A caffeine cut-off

I moved my last coffee to before noon. I didn't quit, I just moved it. Afternoon slumps got worse for about a week and then mostly faded. When I really want something warm in the afternoon I have barley tea now, which a coworker introduced me to.

### 3. A wind-down that doesn't involve a screen

Around 10:15 the phone goes on the charger in the kitchen. Then it's a shower, a few pages of a paper book, and lights out. The routine is boring *on purpose*. The point is that my brain now recognises the sequence as "we're done for the day."

### 4. Getting out of bed when I can't sleep

This felt backwards at first. If I'm still awake after what feels like twenty minutes or so, I get up, sit somewhere dim, and read until I feel drowsy. Lying there getting frustrated was teaching me that bed is a place to worry.

## Things that didn't do much for me

- **Expensive pillows.** Mine is nicer now, but it didn't change much.
- **Sleep-tracking apps.** I kept checking the score and getting anxious about it. I stopped after a month.
- **Long naps.** A 20-minute nap is fine; anything longer made the night harder.

> The most useful mindset shift: treat sleep as something you make room for, not something you force.

## Where I am now

I'm usually asleep by 11 and up at 7 without an alarm most days. I still have bad nights, especially before a big deadline, but they feel like exceptions instead of the default. My mood is steadier, and I've stopped negotiating with the coffee machine every afternoon.

If you're trying something similar, a few gentle suggestions:

1. Track for a week or two *before* you change anything.
2. Change one habit at a time and give it at least a week.
3. Be patient with the first few days, which are usually the worst.
4. If poor sleep goes on for a long time, or comes with things like loud snoring or gasping at night, please talk to a doctor rather than trying to sort it out alone.

I'd love to hear what worked (or really didn't) for other people here. Bonus points for weird tips.`,
    comments: [
      {
        author: "minji_kim",
        body: "저도 기상 시간 고정하고 나서 많이 좋아졌어요. Weekends are still the hardest part though!",
        minutesAfter: 45,
        replies: [
          {
            author: "priya_runs",
            body: "Same! I let myself sleep in 30 minutes max on Sundays. It's a compromise.",
            minutesAfter: 70,
            replies: [{ author: "minji_kim", body: "30분 룰 좋네요. Stealing that.", minutesAfter: 96 }],
          },
        ],
      },
      {
        author: "tomasz_w",
        body: "Getting out of bed when you can't sleep sounds so wrong, but I'll give it a try.",
        minutesAfter: 180,
        replies: [
          {
            author: "lena-reads",
            body: "It worked for me too. A boring book is key. Nothing with cliffhangers.",
            minutesAfter: 260,
            replies: [
              {
                author: "tomasz_w",
                body: "So no thrillers. Noted :)",
                minutesAfter: 300,
                replies: [{ author: "priya_runs", body: "Appliance manuals work wonders.", minutesAfter: 342 }],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    board: "health",
    author: "minji_kim",
    title: "수면 습관 바꾸기: 휴대폰을 침실 밖으로 내보낸 지 한 달",
    daysAgo: 8.7,
    views: 1264,
    body: `요즘 잠을 너무 못 자서 한 달 동안 작은 실험을 해 봤어요. 규칙은 딱 하나, **휴대폰은 거실에서 충전하기**.

## 처음 일주일

솔직히 처음엔 불안했어요. 알람은 어떻게 하지? 자기 전에 뭐 하지? 그래서 만 원짜리 탁상시계를 하나 샀고, 침대 옆에는 읽다 만 소설책을 뒀어요. 첫 며칠은 손이 허전해서 자꾸 협탁을 더듬었는데, 나흘째쯤부터는 자연스럽게 책을 펴게 되더라고요.

## 달라진 점

- 잠드는 데 걸리는 시간이 확실히 줄었어요. 예전엔 한 시간씩 뒤척였는데 지금은 대부분 금방 잠들어요.
- 아침에 눈 뜨자마자 메신저부터 확인하는 습관이 사라졌어요. 이게 생각보다 커요.
- 밤 11시 넘어서 쇼핑 앱 구경하다가 충동구매하는 일이 없어졌어요 ㅋㅋ

## 아쉬운 점

- 가끔 밤에 급한 연락이 올까 봐 신경 쓰이긴 해요. 가족들한테는 급하면 집 전화로 하라고 말해 뒀어요.
- 주말에는 여전히 느슨해져요. 완벽하진 않아도 평일만 지켜도 충분하다고 생각하기로 했어요.

> 잠을 "잘 자야 한다"고 스스로를 압박하기보다, 잠들기 좋은 환경을 만들어 주는 게 저한테는 더 효과적이었어요.

비슷한 시도 해 보신 분 있으면 후기 공유해 주세요. 다음 달엔 *저녁 카페인 줄이기*에 도전해 보려고요.`,
    comments: [
      {
        author: "달리는곰",
        body: "저도 해 보고 싶은데 알람 때문에 망설였어요. 탁상시계 좋은 아이디어네요!",
        minutesAfter: 120,
      },
      {
        author: "한솔이",
        body: "충동구매 부분 너무 공감돼요 ㅋㅋ",
        minutesAfter: 300,
        replies: [{ author: "minji_kim", body: "밤의 장바구니는 위험해요...", minutesAfter: 342 }],
      },
      {
        author: "priya_runs",
        body: "Love this. I did the same experiment, and the cheap analog clock was the key for me too.",
        minutesAfter: 905,
      },
    ],
  },
  {
    board: "health",
    author: "tomasz_w",
    title: "Starting to run when you've never been \"a runner\"",
    daysAgo: 22.4,
    views: 1987,
    body: `I'm 38, I sit at a desk all day, and until this spring the most running I'd done as an adult was sprinting for a tram. Twelve weeks ago I decided to try anyway. I'm writing this up partly for myself and partly for anyone who's been staring at their old trainers wondering if it's too late. (It isn't, probably. I'm not a coach, just someone who managed not to quit.)

## Why I started

Nothing dramatic. I wanted something I could do alone, without a gym membership, that got me outside. My partner pointed out that I kept complaining about feeling stiff and restless in the evenings. Running seemed like the cheapest possible experiment.

## The plan I used

I followed a very gentle walk/run structure. You alternate short running intervals with walking and slowly shift the balance. Here's roughly what my first eight weeks looked like, three sessions a week:

| Week | Run | Walk | Repeats | Total time |
|------|-----|------|---------|------------|
| 1 | 1 min | 2 min | 8 | ~25 min |
| 2 | 1.5 min | 2 min | 7 | ~25 min |
| 3 | 2 min | 2 min | 6 | ~25 min |
| 4 | 3 min | 2 min | 5 | ~25 min |
| 5 | 5 min | 2 min | 3 | ~25 min |
| 6 | 8 min | 2 min | 2 | ~25 min |
| 7 | 12 min | 2 min | 2 | ~30 min |
| 8 | 20 min | none | 1 | ~25 min |

I repeated week 4 twice because it felt like a jump, and that was absolutely fine. **Nobody is grading you.**

## What I wish I'd known on day one

### Slow down more than feels reasonable

My biggest early mistake was running every interval as if someone were chasing me. I finished week 1 feeling wrecked. A friend told me to run at a pace where I could still talk in full sentences, and that changed everything. It felt embarrassingly slow at first. It also felt *doable*, which is the whole point.

### Rest days are part of the plan

I ran on Monday, Wednesday, and Saturday. On the other days I walked, stretched a bit, or did nothing at all. When I tried to squeeze in an extra run in week 3, my shins let me know it was a bad idea. I went back to three days and didn't have that problem again.

### Shoes matter, but not as much as the internet says

I went to a local running shop, jogged on their treadmill for a minute, and bought a comfortable mid-range pair. I didn't need anything fancy. If something hurts in a sharp or lasting way, though, take it seriously and get it checked instead of pushing through.

### Boring routes are underrated

I started on a flat loop around a park near my flat. It's not scenic. It is, however, close, well lit, and full of benches. Having zero decisions to make before a run removed a lot of excuses.

## The mental side

Some days I genuinely didn't want to go. What helped:

- **Laying out clothes the night before.** Once I'm dressed, I'm going.
- **A "just five minutes" rule.** If I still hate it after five minutes, I'm allowed to walk home. I've used this maybe twice.
- **Not tracking pace for the first month.** I only tracked whether I went out. A calendar full of ticks is very motivating.
- **Telling one person.** My sister texted me every Saturday to ask if I'd run. Mild accountability works wonders.

> The run you actually do is worth more than the perfect run you keep planning.

## Where I am now

I can run about 30 minutes without stopping, at a pace I'd describe as "enthusiastic jog." I've signed up for a local 5K next month, mostly so I have a date on the calendar. I feel less restless in the evenings and I look forward to Saturday mornings, which is more than I expected when I started.

If you're thinking about starting:

1. Check in with your doctor first if you have any health concerns or haven't exercised in a long time.
2. Start with walk/run intervals, and repeat weeks whenever you need to.
3. Go slower than you think you should.
4. Keep the routine simple enough that you don't have to think about it.

Happy to answer questions, and if anyone local wants a slow Saturday morning running buddy, let me know.`,
    comments: [
      {
        author: "달리는곰",
        body: "멋져요! 저도 걷기부터 시작했는데, 이 표 참고해서 달리기도 도전해 볼게요.",
        minutesAfter: 60,
        replies: [
          {
            author: "tomasz_w",
            body: "Thank you! Go for it, and repeat weeks as often as you like.",
            minutesAfter: 110,
            replies: [
              {
                author: "달리는곰",
                body: "네, 천천히 해 볼게요. 5K도 응원합니다!",
                minutesAfter: 150,
                replies: [
                  {
                    author: "tomasz_w",
                    body: "감사합니다! (I had to ask a coworker how to write that.)",
                    minutesAfter: 195,
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        author: "priya_runs",
        body: `The "just five minutes" rule is so good. I still use it four years in.`,
        minutesAfter: 240,
      },
      {
        author: "jaehyun_p",
        body: "Did you have any knee trouble early on? That's my main worry about starting.",
        minutesAfter: 500,
        replies: [
          {
            author: "tomasz_w",
            body: "A bit of achiness in week 2, which went away once I slowed down. If it's sharp or doesn't settle, I'd get it looked at though.",
            minutesAfter: 565,
          },
        ],
      },
    ],
  },
  {
    board: "health",
    author: "lena-reads",
    title: "Therapy, and slowly learning to trust the person across the room",
    daysAgo: 35.9,
    views: 1420,
    body: `I've been seeing a therapist for about eight months now. I've hesitated to post about it, but a few conversations here made me think it might help someone who's on the fence. This isn't a recommendation for any particular approach, and everyone's experience will be different. It's just mine, written down as honestly as I can.

## Going in sceptical

I booked my first appointment after a long stretch of feeling flat and tired in a way that sleep didn't fix. I was sceptical. Part of me expected to be told to "think positive," and another part worried I'd be judged for not having a "big enough" reason to be there.

Neither happened. The first session was mostly practical: what brought me in, what I hoped would change, how confidentiality works, and what to do if I ever felt uncomfortable with how things were going. That last part surprised me. I hadn't realised I was allowed to give feedback.

## Trust didn't arrive on day one

I think I expected trust to be either there or not there. In reality it built up in small pieces.

### Small things that mattered

- **Consistency.** Same time, same room, every week. It sounds minor, but the predictability made it easier to relax.
- **Being remembered.** When my therapist brought up something I'd mentioned in passing weeks earlier, I felt genuinely listened to.
- **Honesty about limits.** When I asked a question outside their expertise, they said so and suggested where I could look instead. That made me trust everything else they said more, not less.
- **No rushing.** I talked around the real issue for about six sessions. Nobody pushed me.

### The session where I disagreed

Around month three, my therapist offered an interpretation of something that felt completely wrong to me. The old me would have nodded along. Instead I said, *"I don't think that's it."* They asked me to say more, and we ended up somewhere much more useful. That conversation did more for our working relationship than any session before it.

> A good therapeutic relationship isn't one where you always agree. It's one where you can say "that's not it" and be taken seriously.

## It's okay if it's not the right fit

Before this therapist, I had two sessions with someone else and it just didn't click. I felt guilty about not going back, as if I'd failed a test. I hadn't. Fit matters a lot, and it's completely normal to try more than one person. If you're unsure, it's fair to ask about their approach, how they usually work with people, and what a typical session looks like.

## Things I've found helpful

1. **Writing a few notes before each session.** Not a script, just two or three things that came up during the week. Otherwise I'd arrive and my mind would go blank.
2. **Noticing how I feel afterwards.** Some sessions leave me tired or unsettled, and that's okay. Over time, though, I've felt more understood and better able to handle hard weeks.
3. **Being honest about money and time.** I mentioned that weekly sessions were a stretch, and we talked openly about what frequency made sense for me.
4. **Not expecting a straight line.** Some months feel like progress. Some feel like standing still. Both have been part of it.

## What I'd say to someone considering it

- You don't need a crisis to deserve support.
- It's fine to feel awkward for the first few sessions.
- You can ask questions about how therapy works at any point.
- If something feels off, you're allowed to say so, or to look for someone else.

And importantly: if you're ever in immediate danger or thinking about harming yourself, please contact your local emergency number or a crisis line straight away. Therapy is valuable, but it isn't an emergency service.

## A small closing thought

The most valuable thing I've gotten out of this isn't a technique or a big breakthrough. It's the experience of being listened to carefully, week after week, by someone whose only stake in my life is helping. Slowly, that has made it easier to be honest with the people who *do* have a bigger stake in it, too.

Thanks for reading. I'm happy to answer questions privately if anyone prefers that.`,
  },
  {
    board: "health",
    author: "dev-ollie",
    title: "Desk stretches I actually do between meetings",
    daysAgo: 3.4,
    views: 688,
    body: `I've saved about forty "10 stretches for desk workers" posts and done approximately none of them. So here's the much shorter list of things I genuinely do, usually while a meeting is starting or a build is running.

## The list

- **Shoulder rolls**: ten slow rolls backwards, ten forwards. Good for when I notice my shoulders creeping up to my ears.
- **Chin tucks**: gently draw the chin straight back, hold for a couple of seconds, repeat a few times. I look ridiculous doing it. Cameras off.
- **Seated twist**: sit tall, turn gently to one side using the chair back, breathe, switch sides.
- **Wrist circles** and a gentle forearm stretch, especially after a long typing session.
- **Stand up and walk to the window.** Honestly the most effective one.

## How I remember

I set a quiet 50-minute timer. When it goes off, I do *one* item from the list. Just one. That's the whole system.

> Move gently and stop if anything hurts. Stretching should feel like relief, not a challenge.

What's on your list? I'm especially looking for something for the lower back.`,
    comments: [
      {
        author: "jaehyun_p",
        body: "Standing up to look out the window is underrated. I also refill my water bottle every time, which forces a short walk.",
        minutesAfter: 40,
      },
      {
        author: "mod_sora",
        body: "For the lower back, a few people here like a gentle knees-to-chest stretch on the floor after work. If it keeps bothering you, a physiotherapist is worth a visit!",
        minutesAfter: 205,
      },
    ],
  },
  {
    board: "health",
    author: "달리는곰",
    title: "걷기 운동 한 달 후기 (하루 30분부터)",
    daysAgo: 14.1,
    views: 1105,
    body: `닉네임은 달리는곰인데 사실 달리기는커녕 걷기도 잘 안 하던 사람입니다 ㅎㅎ 한 달 전부터 **매일 30분 걷기**를 시작했는데, 생각보다 변화가 있어서 기록 겸 공유해요.

## 시작하게 된 계기

재택근무를 오래 하다 보니 하루 걸음 수가 2천 보도 안 되는 날이 많았어요. 저녁만 되면 몸이 찌뿌둥하고 잠도 잘 안 와서, 제일 부담 없는 운동부터 해 보자는 생각으로 시작했어요.

## 나만의 규칙

1. **시간보다 루틴.** 저녁 먹고 30분 뒤에 바로 나가요. 고민할 틈을 안 주는 게 핵심이에요.
2. **코스는 고정.** 집 근처 하천 산책로를 한 바퀴 돌면 딱 30분 정도예요.
3. **비 오는 날은 실내로.** 아파트 계단이나 대형마트 한 바퀴도 인정해 줬어요.
4. **기록은 간단하게.** 달력에 동그라미만 쳤어요.

## 한 달 동안 느낀 점

### 좋았던 점

- 잠드는 게 조금 편해졌어요. 물론 저한테 그랬다는 거고, 사람마다 다를 거예요.
- 산책로에서 매일 마주치는 강아지들이 생겨서 은근히 기다려져요.
- 밀려 있던 팟캐스트를 다 따라잡았어요.

### 어려웠던 점

- 야근한 날은 정말 나가기 싫어요. 그런 날은 *10분만* 걷고 들어왔어요.
- 처음 일주일은 발바닥이 좀 아파서, 쿠션 있는 운동화로 바꿨어요.

> 운동을 "해야 하는 일"이 아니라 "하루를 마무리하는 산책"으로 생각하니까 훨씬 오래 가더라고요.

## 다음 목표

다음 달에는 주말마다 한 번씩 조금 긴 코스(1시간)를 걸어 보려고요. 몸에 무리가 가지 않는 선에서 천천히 늘려 볼 생각이에요. 서울 근교에 걷기 좋은 코스 아시면 추천 부탁드려요!`,
    comments: [
      {
        author: "minji_kim",
        body: "달력 동그라미 방식 좋네요! 저도 따라 해 볼게요.",
        minutesAfter: 30,
        replies: [{ author: "달리는곰", body: "동그라미 채우는 재미가 은근 있어요 ㅎㅎ", minutesAfter: 75 }],
      },
      {
        author: "jaehyun_p",
        body: "서울숲에서 응봉산 쪽으로 걷는 코스 추천드려요. 주말 아침에 특히 좋아요.",
        minutesAfter: 150,
        replies: [
          {
            author: "달리는곰",
            body: "오 메모해 둘게요. 감사합니다!",
            minutesAfter: 200,
            replies: [{ author: "jaehyun_p", body: "봄에 개나리 필 때 가면 진짜 예뻐요.", minutesAfter: 262 }],
          },
        ],
      },
      {
        author: "tomasz_w",
        body: "Congrats on a full month! Starting with walking was the right call for me too.",
        minutesAfter: 610,
      },
    ],
  },

  // ---------------------------------------------------------------- free
  {
    board: "free",
    author: "dev-ollie",
    title: "Post your desk setup!",
    daysAgo: 10.2,
    views: 3120,
    body: `It's been a while since we had one of these. Show us where the magic (or the procrastination) happens!

Mine, for the record:

- A secondhand standing desk, which I stand at for ~~hours~~ about twenty minutes a day
- One 27-inch monitor on an arm, laptop closed off to the side
- A 65% keyboard with tactile switches that my neighbours have probably learned to hate
- A small lamp, a plant that is somehow still alive, and far too many cables

The rule: describe it or post a photo, and mention **one thing you'd change** if you could.

Mine: I'd finally tidy the cables. Every weekend I say I will.`,
    comments: [
      {
        author: "jaehyun_p",
        body: "Ha, I've been waiting for this thread. Two 24-inch monitors, an old ThinkPad docked underneath, and a split keyboard I'm still learning. One change: a better chair, my back keeps complaining.",
        minutesAfter: 25,
        replies: [
          {
            author: "dev-ollie",
            body: "Split keyboard gang! How long did it take you to get used to it?",
            minutesAfter: 50,
            replies: [
              {
                author: "jaehyun_p",
                body: "About two weeks before I stopped reaching for B with the wrong hand. Still not fully there.",
                minutesAfter: 72,
                replies: [
                  { author: "priya_runs", body: "This is exactly why I haven't tried one yet.", minutesAfter: 130 },
                ],
              },
            ],
          },
        ],
      },
      {
        author: "한솔이",
        body: "저는 MacBook 하나에 모니터 없이 써요. 대신 노트북 거치대랑 무선 키보드만 있어요. 바꾸고 싶은 건... 책상 크기요. 너무 좁아요 ㅠㅠ",
        minutesAfter: 90,
        replies: [
          {
            author: "minji_kim",
            body: "거치대 어디 거 쓰세요? 저도 목이 너무 아파서 알아보는 중이에요.",
            minutesAfter: 120,
            replies: [
              {
                author: "한솔이",
                body: "접이식 알루미늄 거치대예요. 가벼워서 카페 갈 때도 들고 다녀요.",
                minutesAfter: 152,
              },
            ],
          },
        ],
      },
      {
        author: "고양이집사",
        body: "제 책상은 사실상 고양이 침대예요. 모니터 앞에 방석을 깔아 뒀더니 거기서만 자요. 바꾸고 싶은 건 없어요, 고양이가 행복하니까요 ㅎㅎ",
        minutesAfter: 210,
        replies: [{ author: "lena-reads", body: "This is the correct answer.", minutesAfter: 240 }],
      },
      {
        author: "tomasz_w",
        body: "Minimalist here: one laptop, one lamp, one paper notebook. The one change would be a window. My desk faces a wall.",
        minutesAfter: 400,
        replies: [{ author: "dev-ollie", body: "A poster of a window? Asking for a friend.", minutesAfter: 432 }],
      },
      {
        author: "mod_sora",
        body: "Love seeing these. Friendly reminder: if you post photos, check that nothing personal (addresses, open chat windows) is visible!",
        minutesAfter: 700,
      },
    ],
  },
  {
    board: "free",
    author: "jaehyun_p",
    title: "망원동 칼국수 맛집 다녀왔어요",
    daysAgo: 44.7,
    views: 1530,
    body: `지난 주말에 친구 추천으로 망원동에 있는 작은 칼국수집에 다녀왔어요. 간판도 작고 골목 안쪽이라 그냥 지나칠 뻔했는데, 점심시간에 줄이 꽤 길더라고요.

- **바지락칼국수**: 국물이 진하고 시원해요. 바지락도 넉넉하게 들어 있어요.
- **김치**: 겉절이 스타일인데 이게 진짜 맛있어요. 리필 두 번 했습니다.
- **만두**: 반 접시도 주문할 수 있어서 좋았어요.

웨이팅은 20분 정도였고, 오후 2시 넘으면 좀 한산하다고 하네요. 비 오는 날 또 가고 싶은 집이에요. 근처에 괜찮은 곳 있으면 알려 주세요!`,
    comments: [
      { author: "고양이집사", body: "겉절이 맛있는 칼국수집은 무조건 믿고 가죠!", minutesAfter: 60 },
      {
        author: "minji_kim",
        body: "망원시장 근처면 디저트로 호떡 드셔 보세요 ㅎㅎ",
        minutesAfter: 180,
        replies: [{ author: "jaehyun_p", body: "다음엔 호떡까지 코스로 가 볼게요!", minutesAfter: 222 }],
      },
    ],
  },
  {
    board: "free",
    author: "lena-reads",
    title: "Weekend plans?",
    daysAgo: 0.4,
    views: 96,
    body: `Finally a weekend with nothing on the calendar. My plan so far:

1. Sleep in (a *reasonable* amount, I've read the sleep thread)
2. Farmers' market on Saturday morning
3. Finish the book I've been "almost done with" for three weeks
4. ~~Clean the flat~~ Think about cleaning the flat

What's everyone else up to? Bonus points if it involves food.`,
    comments: [
      { author: "priya_runs", body: "Long run on Saturday, then pancakes. Non-negotiable order.", minutesAfter: 20 },
      {
        author: "고양이집사",
        body: "저는 고양이들이랑 하루 종일 뒹굴 예정이에요 ㅎㅎ Doing nothing is a plan too!",
        minutesAfter: 45,
      },
      {
        author: "tomasz_w",
        body: "Photo walk if the weather holds.",
        minutesAfter: 120,
        replies: [{ author: "lena-reads", body: "Post the results in a new thread!", minutesAfter: 150 }],
      },
    ],
  },
  {
    board: "free",
    author: "고양이집사",
    title: "고양이가 키보드 위에서 잠들었어요",
    daysAgo: 6.0,
    views: 1876,
    body: `재택 중에 잠깐 물 뜨러 갔다 왔더니, 우리 집 치즈가 키보드 위에 자리 잡고 자고 있더라고요. 메신저 입력창에는 \`ㅓㅓㅓㅓㅓㅓㅓㅓㅓㅓ\`가 한가득...

다행히 전송은 안 됐어요. 진짜 다행이에요.

키보드가 따뜻해서 그런 건지, 제가 앉아 있던 자리라 그런 건지 모르겠지만 요즘 자꾸 그 자리를 노려요. 고양이 키우시는 분들, 책상 점령 막는 팁 있으면 공유해 주세요!

(사실 막고 싶지 않은 마음도 반쯤 있어요.)`,
    comments: [
      { author: "한솔이", body: "ㅋㅋㅋ 전송 안 된 게 천만다행이네요", minutesAfter: 15 },
      {
        author: "lena-reads",
        body: "Cat tax accepted. Mine prefers the laptop lid when it's warm.",
        minutesAfter: 40,
        replies: [{ author: "고양이집사", body: "Warm lids are irresistible, apparently!", minutesAfter: 66 }],
      },
      {
        author: "minji_kim",
        body: "책상 옆에 따뜻한 방석을 깔아 주면 그쪽으로 옮겨 간다는 얘기 들었어요.",
        minutesAfter: 130,
        replies: [{ author: "고양이집사", body: "오 그거 좋네요. 바로 주문하러 갑니다!", minutesAfter: 171 }],
      },
    ],
  },
  {
    board: "free",
    author: "dev-ollie",
    title: "A tiny TypeScript helper for \"3 hours ago\" labels",
    daysAgo: 2.3,
    views: 412,
    body: `I needed relative timestamps for a side project and didn't want to pull in a whole library, so here's the small function I ended up with. It uses the built-in \`Intl.RelativeTimeFormat\`, which means it works in Korean for free.

\`\`\`ts
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 60 * 60],
  ["month", 30 * 24 * 60 * 60],
  ["day", 24 * 60 * 60],
  ["hour", 60 * 60],
  ["minute", 60],
];

export function timeAgo(date: Date, locale = "en"): string {
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      return rtf.format(Math.round(seconds / size), unit);
    }
  }
  return rtf.format(seconds, "second");
}
\`\`\`

\`timeAgo(date, "ko")\` gives you things like "3시간 전", which made me unreasonably happy. Months are approximated as 30 days, so don't use it anywhere that matters.`,
    comments: [
      {
        author: "jaehyun_p",
        body: `Nice. \`numeric: "auto"\` is the nice touch: you get "yesterday" instead of "1 day ago".`,
        minutesAfter: 30,
        replies: [
          {
            author: "dev-ollie",
            body: "Exactly, and you get 어제 in Korean.",
            minutesAfter: 55,
            replies: [{ author: "한솔이", body: "오 이거 제 블로그에 바로 써 볼게요. 감사합니다!", minutesAfter: 92 }],
          },
        ],
      },
      {
        author: "tomasz_w",
        body: "Bookmarked. The honest 30-day-month caveat is appreciated.",
        minutesAfter: 300,
      },
    ],
  },
  {
    board: "free",
    author: "한솔이",
    title: "격주 토요일 독서 모임 멤버 모집해요",
    daysAgo: 26.3,
    views: 734,
    body: `안녕하세요! 동네 카페에서 격주 토요일 오전에 작은 독서 모임을 하고 있는데, 멤버를 두세 분 정도 더 모시려고 해요.

- **언제**: 격주 토요일 오전 10시 ~ 12시
- **어디서**: 합정역 근처 카페 (자세한 위치는 쪽지로 알려 드릴게요)
- **읽는 책**: 소설, 에세이 위주로 돌아가면서 한 권씩 골라요
- **분위기**: 다 못 읽어 와도 괜찮아요. 커피 마시면서 수다 떠는 시간이 절반이에요 ㅎㅎ

다음 모임 책은 짧은 단편집이라 처음 오시는 분도 부담 없으실 거예요. 관심 있으시면 댓글이나 쪽지 주세요!`,
    comments: [
      {
        author: "lena-reads",
        body: "I wish I lived closer! Do you ever read anything in English?",
        minutesAfter: 50,
        replies: [
          {
            author: "한솔이",
            body: "가끔요! We read one English novel last year. It was fun but slow ㅎㅎ",
            minutesAfter: 92,
          },
        ],
      },
      { author: "minji_kim", body: "저 관심 있어요! 쪽지 드릴게요.", minutesAfter: 240 },
    ],
  },
  {
    board: "free",
    author: "tomasz_w",
    title: "Photo walk along the river this morning",
    daysAgo: 18.6,
    views: 389,
    body: `Got up early (see, the running habit is spreading) and took the old film camera out for a slow walk along the river. Fog was sitting on the water until about 7:30, and everything looked like a watercolour.

A few notes for myself and anyone else into this:

- Early light is worth the alarm. Even the ugly bridge looked good.
- I only brought one lens, and not having choices was weirdly freeing.
- The film counter says 24 shots. I'm fairly sure 20 of them are ducks.

I'll post the scans once they're back from the lab. If anyone knows a good place to get film developed that isn't the one by the station, I'm all ears.`,
  },
  {
    board: "free",
    author: "달리는곰",
    title: "한강 자전거 코스 추천 부탁드려요",
    daysAgo: 19.9,
    views: 957,
    body: `자전거 출퇴근 시작한 지 한 달쯤 됐는데, 이제 주말에 조금 길게 타 보고 싶어요. 한강 자전거길 중에 초보도 무리 없이 탈 만한 코스 있을까요?

- 자전거: 하이브리드 (로드 아님)
- 체력: 한 번에 20km 정도는 괜찮아요
- 희망 사항: 중간에 쉬면서 편의점 라면 먹을 수 있는 곳 ㅎㅎ

추천해 주시면 다녀와서 후기 남길게요!`,
    comments: [
      {
        author: "jaehyun_p",
        body: "뚝섬에서 반포까지 왕복 추천해요. 평지라 편하고 중간에 쉴 곳도 많아요.",
        minutesAfter: 40,
        replies: [
          {
            author: "달리는곰",
            body: "오 딱 원하던 코스네요!",
            minutesAfter: 70,
            replies: [
              {
                author: "jaehyun_p",
                body: "반포 쪽 편의점은 주말 오후에 사람이 많으니까 조금 일찍 가세요.",
                minutesAfter: 95,
                replies: [{ author: "달리는곰", body: "꿀팁 감사합니다 ㅎㅎ 라면은 포기 못 하죠.", minutesAfter: 121 }],
              },
            ],
          },
        ],
      },
      { author: "minji_kim", body: "저녁에 타시면 라이트 꼭 챙기세요! 생각보다 어두워요.", minutesAfter: 300 },
    ],
  },
  {
    board: "free",
    author: "lena-reads",
    title: "Finally finished Middlemarch",
    daysAgo: 38.4,
    views: 611,
    body: `It took me four months, two renewals at the library, and one very long train ride, but I finally finished *Middlemarch*. I'd been warned it was slow, and it is, but slow in the way a long dinner with good friends is slow.

What stuck with me most is how kind the book is to people who fail. Almost everyone makes a big, understandable mistake, and the narrator never sneers at them. I kept wanting to underline sentences and then feeling silly about it (library book, so pencil only, and erased afterwards).

Next up is something much shorter. Suggestions welcome, especially if it's under 300 pages.`,
    comments: [
      {
        author: "한솔이",
        body: "저희 독서 모임에서도 언젠가 도전해 보고 싶은 책이에요. 완독 축하드려요!",
        minutesAfter: 120,
      },
      {
        author: "priya_runs",
        body: "Under 300 pages: try Claire Keegan's *Small Things Like These*. Barely over a hundred pages and it stays with you.",
        minutesAfter: 400,
      },
    ],
  },
  {
    board: "free",
    author: "jaehyun_p",
    title: "MacBook 키보드만 쓰다가 기계식 키보드 입문했어요",
    daysAgo: 17.05,
    views: 1342,
    body: `몇 년 동안 MacBook 키보드만 쓰다가, 손목이 좀 불편해서 큰맘 먹고 기계식 키보드를 샀어요. 텐키리스 배열에 갈축이에요.

## 일주일 써 본 느낌

- 타건감이 확실히 좋아요. 치는 맛이 있어서 괜히 글을 더 쓰게 돼요.
- 대신 높이가 있어서 손목 받침대를 따로 샀어요.
- Mac 키 배열 적응이 생각보다 헷갈려요. \`Command\`랑 \`Option\` 위치가 반대라서 설정에서 바꿨어요.

갈축이라 소리가 그렇게 시끄럽지는 않은데, 화상 회의 때는 그래도 조금 신경 쓰이네요. 다음엔 저소음 적축도 궁금해요. 추천하실 만한 키캡이나 스위치 있으면 알려 주세요!`,
    comments: [
      {
        author: "tomasz_w",
        body: "Welcome to the rabbit hole. Your wallet will never recover.",
        minutesAfter: 45,
        replies: [
          {
            author: "jaehyun_p",
            body: "ㅋㅋㅋ 벌써 키캡 장바구니에 담아 놨어요...",
            minutesAfter: 80,
            replies: [
              {
                author: "dev-ollie",
                body: "It starts with keycaps. Then it's switches. Then you're lubing them at 1 AM.",
                minutesAfter: 112,
              },
            ],
          },
        ],
      },
      {
        author: "한솔이",
        body: "저도 손목 때문에 고민 중이었는데 후기 감사해요. 손목 받침대 효과 있나요?",
        minutesAfter: 400,
        replies: [
          {
            author: "jaehyun_p",
            body: "네, 저는 확실히 편해졌어요. 키보드 높이에 맞는 걸로 고르는 게 중요한 것 같아요.",
            minutesAfter: 461,
          },
        ],
      },
    ],
  },
  {
    board: "free",
    author: "tomasz_w",
    title: "Lubed my first set of switches",
    daysAgo: 24.8,
    views: 503,
    body: `Spent Saturday evening opening, lubing, and closing 70 switches by hand. Some observations:

- It took about **four hours**, not the "hour or so" a video promised me.
- The difference is real. Typing sounds deeper and smoother, much less scratchy.
- I lost exactly one spring. It is somewhere in my carpet. It lives there now.

Would I do it again? ~~Never.~~ Probably, for a smaller board, with a podcast on and a tray for the tiny parts. Lesson learned.`,
  },
  {
    board: "free",
    author: "minji_kim",
    title: "주말에 Notion으로 가계부 만들어 봤어요",
    daysAgo: 4.1,
    views: 574,
    body: `엑셀 가계부를 세 번쯤 포기하고, 이번엔 Notion으로 도전해 봤어요.

- 데이터베이스 하나에 날짜, 항목, 금액, 카테고리만 넣었어요.
- 카테고리는 \`식비\`, \`교통\`, \`구독\`, \`기타\` 네 개로 최소화!
- 월별 보기로 필터를 걸어 두니까 한눈에 들어와서 좋아요.

제일 충격적이었던 건 \`구독\` 카테고리... 안 쓰는 앱 구독이 세 개나 있더라고요. 바로 해지했습니다 ㅎㅎ

템플릿 궁금하신 분 있으면 공유해 드릴게요!`,
    comments: [
      {
        author: "한솔이",
        body: "구독 정리한 것만으로도 가계부 쓴 보람이 있네요! 템플릿 궁금해요.",
        minutesAfter: 60,
        replies: [{ author: "minji_kim", body: "정리해서 링크로 올려 볼게요!", minutesAfter: 110 }],
      },
    ],
  },
  {
    board: "free",
    author: "priya_runs",
    title: "Lazy weeknight kimchi fried rice",
    daysAgo: 15.7,
    views: 1088,
    body: `My go-to when the fridge is nearly empty and I'm tired. A friend from work calls really good kimchi 밥도둑, a "rice thief," because it makes you eat far more rice than you planned. Serves one very hungry person or two polite ones.

**You'll need:**

- 1 bowl of cold cooked rice (day-old is best)
- a big handful of well-fermented kimchi, chopped, plus a splash of its juice
- 1 tsp gochujang (optional, for extra heat)
- 1 tsp sesame oil
- 1 egg
- spring onion, if you have it

**Method:**

1. Fry the kimchi in a little oil for 2 to 3 minutes until it smells amazing.
2. Add the rice and break it up. Stir in the kimchi juice and gochujang.
3. Keep frying until a few bits get crispy on the bottom. Don't rush this part.
4. Turn off the heat, add the sesame oil, and top with a fried egg and spring onion.`,
    comments: [
      {
        author: "고양이집사",
        body: "김치볶음밥에 치즈 올려 보세요! 진짜 맛있어요.",
        minutesAfter: 90,
        replies: [{ author: "priya_runs", body: "Cheese?! Okay, trying that tomorrow.", minutesAfter: 131 }],
      },
      { author: "한솔이", body: "밥도둑이라는 표현을 완벽하게 쓰셨네요 ㅋㅋ", minutesAfter: 500 },
    ],
  },
  {
    board: "free",
    author: "고양이집사",
    title: "비 오는 날 듣기 좋은 플레이리스트",
    daysAgo: 11.3,
    views: 447,
    body: `오늘 하루 종일 비가 와서 창가에 앉아 음악만 들었어요. 요즘 제 플레이리스트 분위기는 이래요.

- 잔잔한 재즈 피아노 (가사 없는 게 좋아요)
- 어쿠스틱 기타 위주의 인디 음악
- 가끔은 그냥 빗소리만 틀어 놓기도 해요

고양이도 창밖 빗방울 구경하느라 얌전하고, 따뜻한 보리차 한 잔 옆에 두니까 세상 평화롭네요. 여러분은 비 오는 날 뭐 들으세요?`,
  },
  {
    board: "free",
    author: "lena-reads",
    title: "Sourdough attempt #4",
    daysAgo: 13.2,
    views: 528,
    body: `Progress report from my kitchen:

- Attempt #1: a frisbee.
- Attempt #2: a slightly thicker frisbee.
- Attempt #3: decent, but gummy in the middle.
- Attempt #4: **actual bread.** Open crumb, crackly crust, the works.

The big change was letting the dough rise longer and trusting the poke test instead of the timings in the recipe. My kitchen is cold, so everything just takes more time. I also finally swapped my ~~baking tray~~ for a heavy lidded pot, which helps the crust a lot.

The starter's name is Gerald, by the way. Gerald is thriving.`,
  },
  {
    board: "free",
    author: "한솔이",
    title: "퇴근길에 본 노을",
    daysAgo: 9.4,
    views: 302,
    body: `오늘 퇴근길에 버스 창밖으로 하늘이 온통 분홍색이었어요. 사진 찍으려고 휴대폰을 꺼냈는데, 그 사이에 버스가 터널로 들어가 버렸네요 ㅎㅎ

그래서 다음 정류장에서 그냥 내려서 10분 정도 걸으면서 봤어요. 사진은 결국 흐릿하게 나왔지만, 오랜만에 하늘을 올려다본 것만으로도 기분이 좋았어요.

다들 오늘 하루 수고 많으셨어요.`,
  },
  {
    board: "free",
    author: "priya_runs",
    title: "Anyone else slowly turning their flat into a jungle?",
    daysAgo: 5.25,
    views: 655,
    body: `It started with one pothos. It is now eleven plants and a small humidifier. Current favourites:

- **Pothos**: practically unkillable, and I've tested that theory.
- **Snake plant**: thrives on neglect, which suits my travel schedule.
- **Calathea**: dramatic. Curls its leaves if I look at it wrong.

My one tip: check the soil with a finger before watering instead of following a schedule. Overwatering killed more of my plants than forgetting ever did.

Show me your green friends!`,
    comments: [
      {
        author: "고양이집사",
        body: "고양이 있는 집이라 식물 고를 때 조심하고 있어요. 어떤 식물은 고양이한테 안 좋다고 해서요!",
        minutesAfter: 40,
        replies: [
          {
            author: "priya_runs",
            body: "Good point! If you have pets, it's worth checking each plant before you bring it home.",
            minutesAfter: 76,
          },
        ],
      },
      { author: "minji_kim", body: "저는 몬스테라 하나 키우는데 새 잎 날 때마다 너무 신나요 ㅎㅎ", minutesAfter: 240 },
    ],
  },
  {
    board: "free",
    author: "jaehyun_p",
    title: "연남동 소금빵 맛집 찾았어요",
    daysAgo: 1.6,
    views: 233,
    body: `요즘 소금빵에 빠져서 주말마다 빵집 투어 중인데, 연남동 골목에서 드디어 인생 소금빵을 만났어요.

- 겉은 바삭하고 속은 버터 향이 가득해요
- 오전 11시에 나오는 첫 판이 제일 맛있대요
- 1인 4개 제한이 있어요 (저는 당연히 4개 샀습니다)

가게 이름은 홍보 같아서 안 적을게요. 궁금하신 분은 쪽지 주세요! 다음 주엔 망원동 쪽 빵집을 돌아볼 예정이에요.`,
    comments: [
      { author: "minji_kim", body: "1인 4개 제한이라니 얼마나 맛있길래...", minutesAfter: 50 },
      { author: "고양이집사", body: "쪽지 보냈어요 ㅎㅎ 주말에 가 볼게요!", minutesAfter: 200 },
    ],
  },
  {
    board: "free",
    author: "mod_sora",
    title: "Small things from around the web this week",
    daysAgo: 30.5,
    views: 720,
    body: `Trying out a little weekly roundup. If people like it, I'll keep going; if not, no hard feelings.

- A calm, practical read on building habits that actually stick: [Small habits, explained](https://example.com)
- A reminder that \`Ctrl + Shift + T\` reopens the browser tab you just closed by accident (\`Cmd\` on a Mac)
- Board pages should load a little faster now, thanks to some behind-the-scenes tidying

Got something you think the board would enjoy? Reply to next week's post or send me a message.`,
  },
  {
    board: "free",
    author: "고양이집사",
    title: "둘째 고양이 입양했어요!",
    daysAgo: 0.05,
    views: 27,
    body: `드디어 저희 집에 둘째가 왔어요. 보호소에서 데려온 3개월 된 고등어 태비예요.

첫째 치즈가 아직 경계 중이라 당분간은 방을 나눠서 지내게 하려고요. 합사는 천천히 하는 게 좋다고 들어서, 일단 서로 냄새부터 익숙해지게 담요를 바꿔 주고 있어요.

- 이름 후보: 호두, 모카, 짜장
- 현재 상태: 숨숨집에서 안 나옴
- 집사 상태: 설렘 반, 걱정 반

이름 투표 부탁드려요!`,
    comments: [
      { author: "한솔이", body: "축하드려요!! 저는 호두에 한 표요.", minutesAfter: 8 },
      { author: "lena-reads", body: "Congratulations! My vote goes to Mocha (모카), it sounds cosy.", minutesAfter: 25 },
      { author: "minji_kim", body: "호두 너무 귀여워요. 치즈랑 호두 조합 최고예요!", minutesAfter: 50 },
    ],
  },
  {
    board: "free",
    author: "jaehyun_p",
    title: "Board game night recap",
    daysAgo: 7.5,
    views: 361,
    body: `Hosted a small board game night on Friday. Five people, too many snacks, and one near-friendship-ending game of Catan.

Highlights:

- A cooperative game made a great warm-up. Nobody can be mad at each other when you all lose together.
- We tried a word-guessing party game in mixed English and Korean teams. Chaos, but the good kind.
- Someone brought homemade 떡볶이 and it disappeared in ten minutes.

Already planning the next one. If you have recommendations for games that work with 4 to 6 players and don't take an hour to explain, please share!`,
  },
  {
    board: "free",
    author: "달리는곰",
    title: "자전거 출퇴근 시작했어요",
    daysAgo: 33.1,
    views: 812,
    body: `회사까지 8km 정도라 큰맘 먹고 자전거 출퇴근을 시작했어요. 일주일 해 본 솔직한 후기예요.

**좋은 점**

- 만원 지하철을 안 타도 돼서 아침 스트레스가 확 줄었어요.
- 출근하고 나면 머리가 맑아요.

**힘든 점**

- 중간에 오르막이 하나 있는데, 매일 아침 그 언덕이랑 싸우는 중이에요.
- 여름엔 땀 때문에 갈아입을 옷을 챙겨야 할 것 같아요.

헬멧이랑 라이트는 꼭 챙기고 있어요. 안전이 최우선! 출퇴근 라이딩 하시는 분들 팁 있으면 알려 주세요.`,
    comments: [
      { author: "tomasz_w", body: "Nice! A rain jacket that packs down small has saved me many times.", minutesAfter: 120 },
      { author: "jaehyun_p", body: "그 언덕, 한 달 지나면 친구 돼요 ㅎㅎ 화이팅!", minutesAfter: 300 },
    ],
  },

  // ---------------------------------------------------------------- qna
  {
    board: "qna",
    author: "lena-reads",
    title: "How do I format code or quotes in a post?",
    daysAgo: 52.3,
    views: 1240,
    body: `Probably a silly question, but I want to share a short snippet in a post and it keeps turning into one long messy paragraph. How do you format code here? And while I'm asking, how do quotes work?`,
    comments: [
      {
        author: "dev-ollie",
        body: `Not silly at all! Posts use Markdown. For a short bit of code inside a sentence, wrap it in single backticks: \`like this\`. For a longer block, put three backticks on their own line before and after it:

\`\`\`
your code here
\`\`\`

You can add a language name after the opening backticks (for example \`ts\` or \`python\`) to get highlighting. For a quote, start the line with \`>\`.`,
        minutesAfter: 20,
        replies: [
          {
            author: "lena-reads",
            body: "That worked perfectly, thank you!",
            minutesAfter: 45,
            replies: [
              {
                author: "mod_sora",
                body: "Tip: there's a **Preview** tab above the editor, so you can check the formatting before posting.",
                minutesAfter: 90,
              },
            ],
          },
        ],
      },
      {
        author: "한솔이",
        body: `표는 어떻게 만드나요? \`|\`로 칸을 나누면 되는 건가요?`,
        minutesAfter: 300,
        replies: [
          {
            author: "dev-ollie",
            body: `네! Start with a header row, then a line like \`|---|---|\`, then your rows. GitHub-style tables work here.`,
            minutesAfter: 335,
          },
        ],
      },
    ],
  },
  {
    board: "qna",
    author: "minji_kim",
    title: "러닝화 처음 살 때 뭘 봐야 하나요?",
    daysAgo: 27.8,
    views: 967,
    body: `달리기를 시작해 보려고 하는데 러닝화를 뭘 사야 할지 모르겠어요. 매장에 가면 종류가 너무 많아서 정신이 없더라고요.

- 주 2~3회, 한 번에 20~30분 정도 뛸 생각이에요
- 주로 공원 트랙이나 아스팔트 길에서 뛸 것 같아요
- 예산은 10만 원 안팎이에요

처음 사실 때 어떤 기준으로 고르셨는지 궁금해요!`,
    comments: [
      {
        author: "달리는곰",
        body: "저는 매장에서 꼭 신어 보고 샀어요. 발볼이 넓은 편이라 사이즈보다 폭이 더 중요하더라고요. 그리고 발이 조금 부은 오후에 신어 보는 게 좋대요.",
        minutesAfter: 40,
        replies: [
          { author: "minji_kim", body: "오후에 신어 보라는 건 처음 알았어요! 감사합니다.", minutesAfter: 90 },
        ],
      },
      {
        author: "priya_runs",
        body: "For a beginner, comfort is everything. If the shop lets you jog a few steps in them, do it. Don't worry about the fancy race shoes yet.",
        minutesAfter: 200,
      },
      {
        author: "tomasz_w",
        body: "+1 to trying them on. I also went half a size up and my toes thanked me.",
        minutesAfter: 500,
      },
    ],
  },
  {
    board: "qna",
    author: "priya_runs",
    title: "How do I change my display name?",
    daysAgo: 0.9,
    views: 58,
    body: `I signed up with my full name as the display name and I'd like something a bit more low-key. Is that possible without making a new account? I looked around my profile page but couldn't find it.`,
    comments: [
      {
        author: "mod_sora",
        body: "Yes! Open **Settings** from the menu in the top right. You can change your display name there at any time. Your username (the part after the @) stays the same, though.",
        minutesAfter: 35,
        replies: [{ author: "priya_runs", body: "Found it, thanks Sora!", minutesAfter: 61 }],
      },
    ],
  },
  {
    board: "qna",
    author: "한솔이",
    title: "Notion이랑 Obsidian 중에 뭐가 나을까요?",
    daysAgo: 6.8,
    views: 803,
    body: `개인 메모랑 독서 기록을 한곳에 모으고 싶은데, Notion이랑 Obsidian 중에 고민이에요.

- 주로 노트북으로 쓰고, 가끔 휴대폰으로 확인해요
- 독서 모임 기록, 일기, 업무 메모 정도예요
- 오프라인에서도 쓸 수 있으면 좋겠어요

둘 다 써 보신 분들 의견 궁금합니다!`,
    comments: [
      {
        author: "minji_kim",
        body: "저는 Notion 써요. 데이터베이스 기능이 편해서 독서 기록 정리하기 좋아요. 대신 오프라인은 좀 아쉬워요.",
        minutesAfter: 30,
        replies: [{ author: "한솔이", body: "역시 오프라인이 걸리네요...", minutesAfter: 62 }],
      },
      {
        author: "dev-ollie",
        body: "Obsidian here. Everything is plain Markdown files on your own disk, so offline just works. Syncing to your phone takes a bit of setup, though.",
        minutesAfter: 120,
        replies: [
          {
            author: "한솔이",
            body: "파일로 저장되는 게 마음에 드네요. 휴대폰 sync는 어떻게 하세요?",
            minutesAfter: 150,
            replies: [
              {
                author: "dev-ollie",
                body: "I keep the notes in a synced folder. There's also an official paid sync option if you'd rather not fiddle with it.",
                minutesAfter: 200,
                replies: [{ author: "한솔이", body: "감사합니다! 일단 Obsidian으로 한 달 써 볼게요.", minutesAfter: 241 }],
              },
            ],
          },
        ],
      },
    ],
  },
];
